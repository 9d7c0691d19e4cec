import { describe, expect, it } from '@jest/globals'

import {
  isAtLeast,
  parseSeverity,
  severityRank
} from '../../src/findings/severity.js'
import { fingerprintOf } from '../../src/findings/fingerprint.js'

describe('severity', () => {
  it('orders UNKNOWN below LOW and CRITICAL on top', () => {
    expect(severityRank('UNKNOWN')).toBeLessThan(severityRank('LOW'))
    expect(severityRank('CRITICAL')).toBe(4)
  })

  it('compares against a threshold inclusively', () => {
    expect(isAtLeast('HIGH', 'HIGH')).toBe(true)
    expect(isAtLeast('MEDIUM', 'HIGH')).toBe(false)
    expect(isAtLeast('CRITICAL', 'LOW')).toBe(true)
  })

  it('parses names in any case and rejects others', () => {
    expect(parseSeverity(' high ')).toBe('HIGH')
    expect(parseSeverity('Critical')).toBe('CRITICAL')
    expect(parseSeverity('severe')).toBeUndefined()
  })
})

describe('fingerprintOf', () => {
  it('is stable and tells parts apart even when they contain the separator', () => {
    expect(fingerprintOf('a', 'b')).toBe(fingerprintOf('a', 'b'))
    expect(fingerprintOf('a|b', 'c')).not.toBe(fingerprintOf('a', 'b|c'))
    expect(fingerprintOf('a', undefined)).toHaveLength(32)
  })
})
