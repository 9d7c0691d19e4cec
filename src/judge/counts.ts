import type { Finding, Severity } from '../findings/index.js'
import type { SeverityCounts, VerdictCounts } from './verdict.js'

/** A count of zero for every severity. */
export function emptySeverityCounts(): SeverityCounts {
  return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 }
}

/** Totals by severity and source; suppressed findings are counted apart. */
export function countFindings(
  findings: readonly Finding[],
  blocking: number
): VerdictCounts {
  const bySeverity = emptySeverityCounts()
  const bySource: VerdictCounts['bySource'] & object = {}
  let suppressed = 0

  for (const finding of findings) {
    if (finding.suppression) {
      suppressed++
      continue
    }
    bySeverity[finding.severity]++
    const forSource = (bySource[finding.source] ??= emptySeverityCounts())
    forSource[finding.severity]++
  }

  return { total: findings.length, bySeverity, bySource, suppressed, blocking }
}

/** `3 CRITICAL, 9 HIGH`: the non-zero counts, most severe first. */
export function describeCounts(counts: SeverityCounts): string {
  const order: Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN']

  return order
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ')
}
