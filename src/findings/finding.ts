import type { Severity } from './severity.js'

/** Which scanner produced a finding. */
export type FindingSource = 'trivy' | 'cosign' | 'policy' | 'sarif'

/** What sort of problem a finding is. */
export type FindingKind =
  | 'vulnerability'
  | 'misconfiguration'
  | 'secret'
  | 'license'
  | 'signature'
  | 'policy'

/** How sure a rule is of its results, as SARIF's `precision` says it. */
export type Precision = 'very-high' | 'high' | 'medium' | 'low'

/**
 * What a finding breaks: shared by every finding of the same rule, and
 * written once per rule into the report.
 */
export interface Rule {
  /** Our id (`CSG-D1`), or the tool's (`CVE-2024-1234`, `DS-0002`). */
  readonly id: string
  /** One line. */
  readonly title: string
  /** Plain-text explanation: why it matters and how to fix it. */
  readonly help: string
  /** The same in Markdown, where richer than `help`. */
  readonly helpMarkdown?: string
  /** A page that explains the rule. */
  readonly helpUri?: string
  readonly defaultSeverity: Severity
  readonly precision: Precision
  /** Free tags, e.g. `security`, `dockerfile`, `CWE-250`. */
  readonly tags: readonly string[]
  /** The ids peers use for the same concern (`DL3007`, `DS-0001`...). */
  readonly peers?: readonly string[]
}

/** A 1-based region of a text file. */
export interface Region {
  readonly startLine: number
  readonly startColumn?: number
  readonly endLine?: number
  readonly endColumn?: number
}

/** Where a finding is: a file in the repository, an image, or both. */
export interface Location {
  /** Path relative to the repository root, with forward slashes. */
  readonly path?: string
  readonly region?: Region
  readonly image?: { readonly ref: string; readonly digest?: string }
}

/** The package a vulnerability or license finding is about. */
export interface PackageRef {
  readonly name: string
  readonly installedVersion?: string
  readonly fixedVersion?: string
  /** Trivy's status: fixed, affected, will_not_fix, end_of_life... */
  readonly status?: string
  readonly purl?: string
  /** Ecosystem or package type, e.g. `npm`, `debian`. */
  readonly type?: string
}

/** Why a finding does not count against the gate. */
export interface Suppression {
  readonly kind: 'inline' | 'exceptions-file' | 'vex' | 'baseline'
  readonly reason: string
  /** Who or what suppressed it: a file and line, a VEX source. */
  readonly by?: string
  /** ISO date after which the suppression stops applying. */
  readonly until?: string
}

/** Whether a finding was in the baseline log, as SARIF `baselineState`. */
export type BaselineState = 'new' | 'unchanged' | 'absent'

/** One problem, from any source, in one shape. */
export interface Finding {
  readonly rule: Rule
  readonly source: FindingSource
  readonly kind: FindingKind
  readonly severity: Severity
  /** 0-10: CVSS where the tool gives one, else the severity's default. */
  readonly score: number
  /** What is wrong here, in one or two sentences. */
  readonly message: string
  readonly location: Location
  /** What was scanned: Trivy's target, the file, or the image reference. */
  readonly target: string
  /** Stable across runs and line moves: rule, target, package or path. */
  readonly fingerprint: string
  readonly package?: PackageRef
  readonly suppression?: Suppression
  readonly baselineState?: BaselineState
}
