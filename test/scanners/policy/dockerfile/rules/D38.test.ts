import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D38.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D38 WORKDIR path is relative', () => {
  it('flags relative paths, quoted or lower-case', () => {
    catches(rule, 'FROM alpine:3.20\nWORKDIR app\n', [2])
    catches(rule, 'FROM alpine:3.20\nWORKDIR "app"\n', [2])
    catches(rule, 'FROM alpine:3.20\nworkdir app\n', [2])
  })
  it('flags a relative WORKDIR after an absolute one', () => {
    catches(rule, 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR src/lib\n', [3])
  })
  it('flags ./ and ../ in every stage', () => {
    catches(
      rule,
      'FROM alpine:3.20 AS a\nWORKDIR ./build\nFROM alpine:3.20\nWORKDIR ../out\n',
      [2, 4]
    )
  })
  it('flags a continuation, a tilde and a variable after a relative part', () => {
    catches(rule, 'FROM alpine:3.20\nWORKDIR \\\n  app\n', [2])
    catches(rule, 'FROM alpine:3.20\nWORKDIR ~/app\n', [2])
    catches(rule, 'FROM alpine:3.20\nWORKDIR app/$X\n', [2])
  })
  it('passes absolute paths, quoted and with spaces', () => {
    doesNotCatch(rule, 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR /app/\n')
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nWORKDIR "/srv/my app"\nWORKDIR \'/app\'\n'
    )
  })
  it('passes paths that start with a variable', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nARG HOME=/home/app\nWORKDIR $HOME/src\nWORKDIR ${APP_DIR}\n'
    )
  })
  it('passes Windows drive paths', () => {
    doesNotCatch(
      rule,
      '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\app\nWORKDIR c:/tools\n'
    )
  })
  it('passes relative paths outside WORKDIR', () => {
    doesNotCatch(rule, 'FROM alpine:3.20\n# WORKDIR app\nRUN mkdir app\n')
  })
})
