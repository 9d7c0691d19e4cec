import { describe, expect, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D59.js'
import { isRuleEnabled } from '../../../../../src/scanners/policy/settings.js'
import { catches, defaultPolicy, doesNotCatch } from './helper.js'

describe('CSG-D59 consecutive RUN instructions', () => {
  it('is off by default and not part of the strict level', () => {
    expect(rule.meta.offByDefault).toBe(true)
    expect(isRuleEnabled(rule.meta, defaultPolicy)).toBe(false)
    expect(
      isRuleEnabled(rule.meta, { ...defaultPolicy, level: 'strict' })
    ).toBe(false)
    expect(
      isRuleEnabled(rule.meta, {
        ...defaultPolicy,
        rules: { 'CSG-D59': { enabled: true } }
      })
    ).toBe(true)
  })
  it('flags each RUN that follows a RUN', () => {
    catches(
      rule,
      'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n',
      [3]
    )
  })
  it('flags across continuations and exec form', () => {
    catches(
      rule,
      'FROM debian:12\nRUN a\nRUN b && \\\n    c\nRUN ["d"]\n',
      [3, 5]
    )
  })
  it('flags per stage, past comments and blank lines', () => {
    catches(
      rule,
      'FROM debian:12 AS a\nRUN a\nRUN b\nFROM debian:12\nRUN c\n# comment between\n\nRUN d\n',
      [3, 8]
    )
  })
  it('passes one RUN', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n'
    )
  })
  it('passes RUNs in different stages or split by another instruction', () => {
    doesNotCatch(rule, 'FROM debian:12\nRUN a\nFROM debian:12\nRUN b\n')
    doesNotCatch(rule, 'FROM debian:12\nRUN a\nENV X=1\nRUN b\n')
  })
  it('passes RUNs with different mounts or network flags', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN a\nRUN --mount=type=cache,target=/root/.cache b\nRUN --network=none c\n'
    )
  })
  it('passes ONBUILD RUNs', () => {
    doesNotCatch(rule, 'FROM debian:12\nONBUILD RUN a\nONBUILD RUN b\n')
  })
})
