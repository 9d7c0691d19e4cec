import { isAtLeast, type Finding, type Severity } from '../findings/index.js'
import type { FailedOutcome, ScanOutcome } from '../scanners/outcome.js'
import { countFindings, describeCounts, emptySeverityCounts } from './counts.js'
import { compareFindings, describeFinding } from './order.js'
import { describeFailure } from './scanner-failure.js'
import type { Verdict } from './verdict.js'

/** What the gate fails on. */
export interface GateOptions {
  /** Unsuppressed findings at or above this fail the gate. */
  readonly threshold: Severity
  /** A failed scanner fails the gate (exit 3); false makes it a warning. */
  readonly failOnScannerError: boolean
  /** `new`: only findings the baseline did not have block. */
  readonly failOn: 'all' | 'new'
}

/** How many blocking findings a reason names as examples. */
const EXAMPLES = 3

/**
 * Decides pass or fail from findings and outcomes, without side effects.
 * A failed scanner (exit 3) wins over blocking findings (exit 1), so a
 * broken scan is never mistaken for one that merely found problems.
 */
export function decide(
  findings: readonly Finding[],
  outcomes: readonly ScanOutcome[],
  options: GateOptions
): Verdict {
  const failed = outcomes.filter(
    (o): o is FailedOutcome => o.status === 'failed'
  )
  const blocking = findings
    .filter((f) => blocks(f, options))
    .sort(compareFindings)
  const counts = countFindings(findings, blocking.length)

  const reasons = failed.map((outcome) =>
    options.failOnScannerError
      ? describeFailure(outcome)
      : `Warning (not failing: scanner errors are allowed): ${describeFailure(outcome)}`
  )
  reasons.push(findingsReason(blocking, options))
  if (counts.suppressed > 0) {
    reasons.push(`${counts.suppressed} suppressed finding(s) did not count.`)
  }

  const scannerFailed = failed.length > 0 && options.failOnScannerError
  const status = scannerFailed
    ? 'failed-scanner'
    : blocking.length > 0
      ? 'failed-findings'
      : 'passed'
  const exitCode = scannerFailed ? 3 : blocking.length > 0 ? 1 : 0

  return {
    status,
    exitCode,
    reasons,
    blocking,
    counts,
    threshold: options.threshold
  }
}

// With failOn 'new', anything not known to be in the baseline blocks:
// a finding without a baseline state fails closed.
function blocks(finding: Finding, options: GateOptions): boolean {
  if (finding.suppression) return false
  if (!isAtLeast(finding.severity, options.threshold)) return false

  return options.failOn === 'all' || finding.baselineState !== 'unchanged'
}

function findingsReason(
  blocking: readonly Finding[],
  options: GateOptions
): string {
  const scope = options.failOn === 'new' ? 'new ' : ''
  if (blocking.length === 0) {
    return `No unsuppressed ${scope}findings at or above ${options.threshold}.`
  }

  const bySeverity = emptySeverityCounts()
  for (const finding of blocking) bySeverity[finding.severity]++
  const examples = blocking.slice(0, EXAMPLES).map(describeFinding)
  const more =
    blocking.length > EXAMPLES ? `, and ${blocking.length - EXAMPLES} more` : ''

  return `${blocking.length} ${scope}finding(s) at or above ${options.threshold} (${describeCounts(bySeverity)}): ${examples.join('; ')}${more}.`
}
