import * as crypto from 'node:crypto'

type OneShotHash = (algorithm: string, data: string) => string

// Node 20.12+ hashes a string in one call, without a Hash object per
// finding (same digest); older versions fall back to createHash.
const oneShot = (crypto as { hash?: OneShotHash }).hash
const sha256Hex: (text: string) => string = oneShot
  ? (text) => oneShot('sha256', text)
  : (text) => crypto.createHash('sha256').update(text).digest('hex')

/**
 * A fingerprint from the parts that identify a finding without its line
 * number, so that it survives edits above it. Parts are joined with a
 * separator no part can contain unescaped.
 */
export function fingerprintOf(
  ...parts: readonly (string | undefined)[]
): string {
  let text = ''
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? ''
    if (i > 0) text += '|'
    // Most parts hold neither character: no copies for them.
    text +=
      part.includes('\\') || part.includes('|')
        ? part.replaceAll('\\', '\\\\').replaceAll('|', '\\|')
        : part
  }

  return sha256Hex(text).slice(0, 32)
}
