import type { Finding } from '../findings/index.js'
import type { Verdict } from '../judge/verdict.js'
import type { ScanOutcome } from '../scanners/outcome.js'

/** The gate itself, as reports name it. */
export interface ToolInfo {
  readonly name: 'container-security-gate'
  readonly version: string
  readonly informationUri: string
}

/** Everything the report writers need about one run of the gate. */
export interface Report {
  readonly tool: ToolInfo
  /** Absolute path of the repository root; report paths are relative to it. */
  readonly root: string
  readonly outcomes: readonly ScanOutcome[]
  /** Every finding after the judge: suppressions and baseline states set. */
  readonly findings: readonly Finding[]
  readonly verdict: Verdict
  /** Things to tell the user: expired or unused exceptions, dropped findings. */
  readonly notes: readonly string[]
  readonly startedAt: Date
  readonly finishedAt: Date
  /** Findings of the baseline that this run no longer has. */
  readonly absent?: readonly Finding[]
}
