import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { fingerprintOf } from '../../src/findings/fingerprint.js'

// The definition fingerprints have had since the first baselines: SHA-256
// of the escaped parts joined by `|`, first 32 hex digits.
function reference(...parts: (string | undefined)[]): string {
  const text = parts
    .map((p) => (p ?? '').replaceAll('\\', '\\\\').replaceAll('|', '\\|'))
    .join('|')

  return createHash('sha256').update(text).digest('hex').slice(0, 32)
}

describe('fingerprintOf', () => {
  it('keeps the digest of existing baselines', () => {
    expect(fingerprintOf('CSG-D1', 'Dockerfile', 'build:FROM node')).toBe(
      reference('CSG-D1', 'Dockerfile', 'build:FROM node')
    )
    expect(fingerprintOf('a')).toMatch(/^[0-9a-f]{32}$/)
  })

  it('matches the reference for parts with separators and escapes', () => {
    const pieces = ['', 'a', '|', '\\', 'a|b', 'a\\|b', '\\\\', 'é', 'x y']
    for (const a of pieces)
      for (const b of pieces) {
        expect(fingerprintOf(a, undefined, b)).toBe(reference(a, undefined, b))
      }
  })

  it('tells apart parts that only a separator would merge', () => {
    expect(fingerprintOf('a|b', 'c')).not.toBe(fingerprintOf('a', 'b|c'))
    expect(fingerprintOf('a\\', 'b')).not.toBe(fingerprintOf('a', '\\b'))
  })
})
