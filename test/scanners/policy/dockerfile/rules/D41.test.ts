import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D41.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D41 multiple CMD, ENTRYPOINT or HEALTHCHECK in a stage', () => {
  it('flags each repeat after the first, in line order', () => {
    catches(rule, 'FROM alpine:3.20\nCMD ["./a"]\nCMD ["./b"]\n', [3])
    catches(
      rule,
      'FROM alpine:3.20\nENTRYPOINT ["a"]\nHEALTHCHECK CMD true\nCMD x\nENTRYPOINT ["b"]\nHEALTHCHECK NONE\nENTRYPOINT c\n',
      [5, 6, 7]
    )
  })
  it('counts per stage', () => {
    catches(
      rule,
      'FROM alpine:3.20 AS a\nCMD ["x"]\nFROM alpine:3.20\nCMD ["y"]\nCMD ["z"]\n',
      [5]
    )
  })
  it('flags after a multi-line first CMD, whatever the keyword case', () => {
    catches(rule, 'FROM alpine:3.20\nCMD ["a", \\\n     "b"]\nCMD ["c"]\n', [4])
    catches(rule, 'FROM alpine:3.20\ncmd ["a"]\nCMD ["b"]\n', [3])
  })
  it('passes one of each', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nENTRYPOINT ["app"]\nCMD ["--help"]\nHEALTHCHECK CMD app ping\n'
    )
  })
  it('passes one per stage, even when a stage builds on another', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20 AS build\nCMD ["a"]\nFROM build\nCMD ["b"]\n'
    )
  })
  it('passes ONBUILD triggers, text and comments', () => {
    doesNotCatch(rule, 'FROM alpine:3.20\nONBUILD CMD ["a"]\nCMD ["b"]\n')
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nRUN echo CMD\n# CMD ["x"]\nCMD ["y"]\n'
    )
  })
})
