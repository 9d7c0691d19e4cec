import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D40.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D40 HEALTHCHECK missing', () => {
  it('flags the final stage without a HEALTHCHECK', () => {
    catches(rule, 'FROM a:1\nHEALTHCHECK CMD x\nFROM b:1\nCMD y\n', [3])
    catches(rule, 'FROM a:1\nHEALTHCHECK NONE\n', [2])
  })
  it('passes a HEALTHCHECK in the final stage or its base stage', () => {
    doesNotCatch(
      rule,
      'FROM a:1\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n'
    )
    doesNotCatch(rule, 'FROM a:1 AS base\nHEALTHCHECK CMD x\nFROM base\n')
  })
})
