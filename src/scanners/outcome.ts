import type { ScannerError } from '../errors.js'
import type { Finding } from '../findings/index.js'

/** The scanners a user can turn on or off. */
export const SCANNER_NAMES = [
  'trivy-fs',
  'trivy-image',
  'cosign',
  'policy'
] as const

export type ScannerName = (typeof SCANNER_NAMES)[number]

/** What one scanner run looked at. */
export interface ScanTarget {
  readonly kind: 'repository' | 'image' | 'dockerfile' | 'compose' | 'report'
  /** A path relative to the repository, an image reference or a report file. */
  readonly name: string
}

/** Who signed an image, as cosign verified it. */
export interface VerifiedSignature {
  readonly image: string
  readonly digest?: string
  readonly identity?: string
  readonly issuer?: string
  /** `key` for key-based verification, `keyless` for certificates. */
  readonly mode: 'key' | 'keyless'
}

interface OutcomeBase {
  readonly scanner: ScannerName
  /** The tool behind the scanner: `trivy`, `cosign`, `policy`. */
  readonly tool: string
  readonly toolVersion?: string
  readonly target: ScanTarget
  readonly durationMs: number
}

/** The scanner ran; `findings` are all it found (possibly none). */
export interface OkOutcome extends OutcomeBase {
  readonly status: 'ok'
  readonly findings: readonly Finding[]
  /** Things the user should know that are not findings. */
  readonly notes?: readonly string[]
  readonly signatures?: readonly VerifiedSignature[]
}

/** The scanner did not run, on purpose. */
export interface SkippedOutcome extends OutcomeBase {
  readonly status: 'skipped'
  readonly reason: string
}

/** The scanner could not run or its output could not be read. */
export interface FailedOutcome extends OutcomeBase {
  readonly status: 'failed'
  readonly error: ScannerError
  /** Findings it managed to read before failing, if any. */
  readonly findings?: readonly Finding[]
}

/** One tool on one target: ok, skipped or failed. */
export type ScanOutcome = OkOutcome | SkippedOutcome | FailedOutcome
