import type { ToolName } from '../resolve.js'

/**
 * The version a tool prints: `Version: 0.69.3` from `trivy --version`,
 * `GitVersion: v3.0.2` from `cosign version`.
 */
export function parseToolVersion(
  tool: ToolName,
  output: string
): string | undefined {
  const pattern =
    tool === 'trivy' ? /^Version:\s*v?(\S+)/m : /^GitVersion:\s*v?(\S+)/m

  return pattern.exec(output)?.[1]
}

/** The arguments that make `tool` print its version. */
export function versionArgs(tool: ToolName): string[] {
  return tool === 'trivy' ? ['--version'] : ['version']
}

/**
 * True when `found` can stand in for `wanted`: the same major version
 * (0.x: the same minor, as 0.x releases break freely) and not older.
 */
export function isAcceptableVersion(found: string, wanted: string): boolean {
  const f = numbers(found)
  const w = numbers(wanted)
  if (!f || !w) return false
  if (f[0] !== w[0]) return false
  if (w[0] === 0 && f[1] !== w[1]) return false

  for (let i = 0; i < 3; i++) {
    if ((f[i] ?? 0) !== (w[i] ?? 0)) return (f[i] ?? 0) > (w[i] ?? 0)
  }

  return true
}

function numbers(version: string): number[] | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version)

  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined
}
