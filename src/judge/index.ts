import type { Config } from '../config/config.js'
import { isAtLeast, type Finding } from '../findings/index.js'
import type { Logger } from '../logging.js'
import type { ScanOutcome } from '../scanners/outcome.js'
import { compareWithBaseline, loadBaseline } from './baseline.js'
import { applyExceptions, loadExceptions } from './exceptions.js'
import { decide } from './gate.js'
import type { Verdict } from './verdict.js'

export { decide, type GateOptions } from './gate.js'
export type { Verdict, VerdictCounts, SeverityCounts } from './verdict.js'
export { compareFindings, describeFinding } from './order.js'

/** What the judge made of one run's outcomes. */
export interface Judgement {
  /** Every finding kept, with suppressions and baseline states set. */
  readonly findings: Finding[]
  readonly verdict: Verdict
  /** Sentences for the user: expired and unused exceptions, dropped findings. */
  readonly notes: string[]
  /** Findings below the minimum severity, left out of the reports. */
  readonly dropped: number
  /** Baseline findings this run no longer has (empty without a baseline). */
  readonly absent: Finding[]
}

/**
 * Filters by minimum severity, applies the exceptions file and the
 * baseline, then gates. Bad exceptions or baseline files throw UserError.
 */
export async function judge(
  outcomes: readonly ScanOutcome[],
  config: Config,
  options: { today: Date; logger: Logger }
): Promise<Judgement> {
  const { logger } = options
  const notes: string[] = []
  const all = outcomes.flatMap((o) =>
    o.status === 'skipped' ? [] : (o.findings ?? [])
  )

  // A finding that can fail the gate is never dropped, even below the
  // reporting minimum: what blocks must be shown.
  let findings = all.filter(
    (f) =>
      isAtLeast(f.severity, config.minSeverity) ||
      isAtLeast(f.severity, config.severityThreshold)
  )
  const dropped = all.length - findings.length
  if (dropped > 0) {
    notes.push(
      `${dropped} finding(s) below ${config.minSeverity} were left out of the report.`
    )
  }

  const exceptions = config.exceptionsFile
    ? await loadExceptions(config.path, config.exceptionsFile)
    : undefined
  if (exceptions) {
    const applied = applyExceptions(findings, exceptions, options.today)
    findings = applied.findings
    notes.push(...applied.notes)
    logger.info(
      `Exceptions: ${exceptions.entries.length} in ${exceptions.file}, ${applied.expired.length} expired, ${applied.unused.length} unused.`
    )
    for (const note of applied.notes) logger.warning(note)
  }

  let absent: Finding[] = []
  if (config.baseline) {
    const baseline = await loadBaseline(config.baseline)
    const compared = compareWithBaseline(findings, baseline)
    findings = compared.findings
    absent = compared.absent
    if (baseline.unreadable > 0) {
      notes.push(
        `${baseline.unreadable} result(s) of the baseline ${config.baseline} carry no fingerprint of this gate and were not compared.`
      )
    }
    logger.info(
      `Baseline: ${baseline.findings.size} finding(s) in ${config.baseline}; ${findings.filter((f) => f.baselineState === 'new').length} new, ${absent.length} gone.`
    )
  } else if (config.failOn === 'new') {
    notes.push(
      'fail-on is "new" but no baseline-sarif was given: every finding counts as new.'
    )
  }

  const verdict = decide(findings, outcomes, {
    threshold: config.severityThreshold,
    failOnScannerError: config.failOnScannerError,
    failOn: config.failOn
  })
  logger.info(`Verdict: ${verdict.status} (exit ${verdict.exitCode}).`)

  return { findings, verdict, notes, dropped, absent }
}
