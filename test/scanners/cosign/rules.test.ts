import { describe, expect, it } from '@jest/globals'

import {
  FAILURE_CODES,
  FINDING_CODES,
  isFailureCode,
  isFindingCode
} from '../../../src/scanners/cosign/codes.js'
import { COSIGN_RULES } from '../../../src/scanners/cosign/rules.js'

describe('cosign rules', () => {
  it('has one CRITICAL rule per finding code, so no threshold lets an unverified image through', () => {
    expect(Object.keys(COSIGN_RULES).sort()).toEqual([...FINDING_CODES].sort())
    for (const rule of Object.values(COSIGN_RULES)) {
      expect([rule.id, rule.defaultSeverity]).toEqual([rule.id, 'CRITICAL'])
    }
  })

  it('treats an unusable key as a failure of the scanner, not a finding', () => {
    expect(isFailureCode('INVALID_KEY')).toBe(true)
    expect(isFindingCode('INVALID_KEY')).toBe(false)
    expect(FINDING_CODES.filter((c) => isFailureCode(c))).toEqual([])
    expect(FAILURE_CODES.filter((c) => isFindingCode(c))).toEqual([])
  })
})
