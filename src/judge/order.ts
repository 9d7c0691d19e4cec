import { compareSeverityDesc, type Finding } from '../findings/index.js'

/**
 * Orders findings the same way everywhere: most severe first, then highest
 * score, then by rule, place and fingerprint so that output is stable.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareSeverityDesc(a.severity, b.severity) ||
    b.score - a.score ||
    compareText(a.rule.id, b.rule.id) ||
    compareText(placeOf(a), placeOf(b)) ||
    (a.location.region?.startLine ?? 0) - (b.location.region?.startLine ?? 0) ||
    compareText(a.fingerprint, b.fingerprint)
  )
}

/** Code-point order, independent of the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Where a finding is, in one short string: a path, an image, or the target. */
export function placeOf(finding: Finding): string {
  return finding.location.path ?? finding.location.image?.ref ?? finding.target
}

/** `CVE-2024-1 (HIGH) in openssl 1.1.1 at Dockerfile:3`, for reasons and logs. */
export function describeFinding(finding: Finding): string {
  const pkg = finding.package
  const version = pkg?.installedVersion ? ` ${pkg.installedVersion}` : ''
  const inPackage = pkg ? ` in ${pkg.name}${version}` : ''
  const line = finding.location.region?.startLine
  const where = line ? `${placeOf(finding)}:${line}` : placeOf(finding)

  return `${finding.rule.id} (${finding.severity})${inPackage} at ${where}`
}
