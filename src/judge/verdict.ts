import type { Finding, FindingSource, Severity } from '../findings/index.js'

/** How many findings of each severity. */
export type SeverityCounts = Record<Severity, number>

/** The figures behind a verdict. */
export interface VerdictCounts {
  /** Every finding judged, suppressed or not. */
  readonly total: number
  /** Findings that are not suppressed, by severity. */
  readonly bySeverity: SeverityCounts
  /** Findings that are not suppressed, by source and severity. */
  readonly bySource: Partial<Record<FindingSource, SeverityCounts>>
  readonly suppressed: number
  /** Findings that fail the gate. */
  readonly blocking: number
}

/** Whether the pipeline passes, and why. */
export interface Verdict {
  readonly status: 'passed' | 'failed-findings' | 'failed-scanner'
  /** The CLI's exit code: 0 passed, 1 findings, 3 a scanner could not run. */
  readonly exitCode: 0 | 1 | 3
  /** Sentences for people: which scanner failed and how to fix it, which findings block. */
  readonly reasons: readonly string[]
  /** The findings that fail the gate, most severe first. */
  readonly blocking: readonly Finding[]
  readonly counts: VerdictCounts
  /** The severity the gate failed on. */
  readonly threshold: Severity
}
