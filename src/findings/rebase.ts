import path from 'node:path'

import type { Finding } from './finding.js'

/**
 * Moves findings' file paths from the scanned folder to the repository
 * root (`prefix` is the folder relative to it), since code scanning reads
 * every location against the repository root.
 */
export function rebaseFindings(
  findings: readonly Finding[],
  prefix: string
): Finding[] {
  if (prefix === '' || prefix === '.') return [...findings]

  return findings.map((finding) =>
    finding.location.path === undefined
      ? finding
      : {
          ...finding,
          location: {
            ...finding.location,
            path: path.posix.join(prefix, finding.location.path)
          }
        }
  )
}
