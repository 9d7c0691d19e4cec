import { createHash } from 'node:crypto'

/**
 * A fingerprint from the parts that identify a finding without its line
 * number, so that it survives edits above it. Parts are joined with a
 * separator no part can contain unescaped.
 */
export function fingerprintOf(
  ...parts: readonly (string | undefined)[]
): string {
  const text = parts
    .map((part) => (part ?? '').replaceAll('\\', '\\\\').replaceAll('|', '\\|'))
    .join('|')

  return createHash('sha256').update(text).digest('hex').slice(0, 32)
}
