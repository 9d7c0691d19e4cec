import {
  compareSeverityDesc,
  type Finding,
  type Severity
} from '../../findings/index.js'

/**
 * One line on what a scan found: counts by severity, most severe first,
 * then how many were suppressed. "no findings" when there were none.
 */
export function summarise(findings: readonly Finding[]): string {
  const counts = new Map<Severity, number>()
  let suppressed = 0
  for (const finding of findings) {
    if (finding.suppression) suppressed++
    else counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1)
  }

  const active = findings.length - suppressed
  const bySeverity = [...counts.entries()]
    .sort(([a], [b]) => compareSeverityDesc(a, b))
    .map(([severity, count]) => `${severity} ${count}`)
    .join(', ')
  const parts = [
    active === 0
      ? 'no findings'
      : `${active} finding${active === 1 ? '' : 's'} (${bySeverity})`,
    suppressed ? `${suppressed} suppressed` : ''
  ]

  return parts.filter(Boolean).join(', ')
}
