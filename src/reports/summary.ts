import type { SarifTruncation } from './sarif/limits.js'
import { SEVERITIES, type Finding, type Severity } from '../findings/index.js'
import { compareFindings, placeOf } from '../judge/order.js'
import type { ScanOutcome } from '../scanners/outcome.js'
import type { Report } from './report.js'

/** Severities from the most severe down, as tables list them. */
export const SEVERITIES_DESC: readonly Severity[] = [...SEVERITIES].reverse()

/** `PASSED` or `FAILED`: the one word a reader looks for first. */
export function verdictWord(report: Report): 'PASSED' | 'FAILED' {
  return report.verdict.exitCode === 0 ? 'PASSED' : 'FAILED'
}

/** The unsuppressed findings, most severe first, at most `max`. */
export function topFindings(report: Report, max: number): Finding[] {
  return report.findings
    .filter((f) => !f.suppression)
    .sort(compareFindings)
    .slice(0, max)
}

/** `Dockerfile:12`, or the image when there is no file. */
export function whereText(finding: Finding): string {
  const line = finding.location.region?.startLine
  const place = placeOf(finding)

  return finding.location.path && line ? `${place}:${line}` : place
}

/** `openssl 1.1.1k-r0`, or an empty string. */
export function packageText(finding: Finding): string {
  const pkg = finding.package
  if (!pkg) return ''

  return pkg.installedVersion ? `${pkg.name} ${pkg.installedVersion}` : pkg.name
}

/** `1.1.1l-r0`, `no fix yet`, or an empty string when not a package. */
export function fixText(finding: Finding): string {
  if (!finding.package) return ''

  return finding.package.fixedVersion || 'no fix yet'
}

/** `1.2 s`, `350 ms`. */
export function durationText(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`
}

/** What became of a scanner, in a few words. */
export function outcomeText(outcome: ScanOutcome): string {
  switch (outcome.status) {
    case 'ok':
      return `${outcome.findings.length} finding(s)`
    case 'skipped':
      return outcome.reason
    case 'failed': {
      const line = outcome.error.details.stderrLine
      return line ? `${outcome.error.message}: ${line}` : outcome.error.message
    }
  }
}

/** The notes to show: the judge's, gone baseline findings. */
export function reportNotes(report: Report): string[] {
  const notes = [...report.notes]
  const absent = report.absent?.length ?? 0
  if (absent > 0) {
    notes.push(`${absent} finding(s) of the baseline are no longer found.`)
  }

  return notes
}

/** What GitHub's limits cut from the SARIF log, one sentence each. */
export function truncationNotes(truncated?: SarifTruncation): string[] {
  if (!truncated) return []

  const { resultsPerRun, bySize, mergedGroups } = truncated
  const notes: string[] = []
  if (resultsPerRun > 0)
    notes.push(
      `SARIF: ${resultsPerRun} result(s) past GitHub's 25,000 per run were left out.`
    )
  if (bySize > 0)
    notes.push(
      `SARIF: ${bySize} least severe result(s) were left out to stay under GitHub's 10 MB.`
    )
  if (mergedGroups > 0)
    notes.push(
      `SARIF: ${mergedGroups} target group(s) share one run to stay within 20 runs.`
    )

  return notes
}
