import type { ToolName } from '../resolve.js'

/** The versions installed when the configuration names none. */
export const DEFAULT_VERSIONS: Readonly<Record<ToolName, string>> = {
  trivy: '0.69.3',
  cosign: '3.0.2'
}

/**
 * SHA-256 of the default versions' release files, as published in each
 * release's checksums file (trivy_0.69.3_checksums.txt; cosign v3.0.2's
 * sums as mirrored by bazel-contrib/rules_oci). A download that does not
 * hash to its pinned value is refused, whatever the server's checksums file
 * says.
 *
 * Known limitation: cosign-windows-amd64.exe of v3.0.2 has no pinned sum
 * here because no published copy of it could be found while writing this
 * table; on Windows its sum comes from the release's cosign_checksums.txt at
 * install time, which detects corruption but not a substituted release.
 */
export const PINNED_SHA256: Readonly<Record<string, string>> = {
  'trivy/0.69.3/trivy_0.69.3_Linux-64bit.tar.gz':
    '1816b632dfe529869c740c0913e36bd1629cb7688bd5634f4a858c1d57c88b75',
  'trivy/0.69.3/trivy_0.69.3_Linux-ARM64.tar.gz':
    '7e3924a974e912e57b4a99f65ece7931f8079584dae12eb7845024f97087bdfd',
  'trivy/0.69.3/trivy_0.69.3_macOS-64bit.tar.gz':
    'fec4a9f7569b624dd9d044fca019e5da69e032700edbb1d7318972c448ec2f4e',
  'trivy/0.69.3/trivy_0.69.3_macOS-ARM64.tar.gz':
    'a2f2179afd4f8bb265ca3c7aefb56a666bc4a9a411663bc0f22c3549fbc643a5',
  'trivy/0.69.3/trivy_0.69.3_windows-64bit.zip':
    '74362dc711383255308230ecbeb587eb1e4e83a8d332be5b0259afac6e0c2224',
  'cosign/3.0.2/cosign-linux-amd64':
    '46dbdcb5467a3dfec2526923d0b3365e40c8d9dc00ec23d5aca3437449e8cbfd',
  'cosign/3.0.2/cosign-linux-arm64':
    '17fd784737ca54d7d8a343c82da6c5d6dbdee971e66644d923d1b057fb97d7ed',
  'cosign/3.0.2/cosign-darwin-amd64':
    '0fc2b6f16b900abdfda3153b11fc435a8cbe3830e8e820fe8ad5fe4149a5b472',
  'cosign/3.0.2/cosign-darwin-arm64':
    '3823b044de184da21e300bc5e20dd29d3fa9243af3ba70c4a5da1712f3385d46'
}

/** The pinned sum of a release file, if this source keeps one. */
export function pinnedSha256(
  tool: ToolName,
  version: string,
  fileName: string
): string | undefined {
  return PINNED_SHA256[`${tool}/${version}/${fileName}`]
}

/** Reads a `sha256sum`-style file: `<hex>  <name>` a line. */
export function parseChecksums(text: string): Map<string, string> {
  const sums = new Map<string, string>()
  for (const line of text.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim())
    if (m?.[1] && m[2]) sums.set(m[2], m[1].toLowerCase())
  }

  return sums
}
