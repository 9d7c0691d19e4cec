import type { PolicyConfig } from '../../config/config.js'
import type { Region, Rule, Severity } from '../../findings/index.js'

/**
 * A policy rule's metadata: the shared `Rule` plus the POLICY.md concern it
 * covers and whether it runs without being turned on.
 */
export interface PolicyRuleMeta extends Rule {
  /** The POLICY.md row: `D1`, `C9`, `R1` (docker run), `S1` (seccomp). */
  readonly concern: string
  /** Off unless turned on in the config file or by `level: strict`. */
  readonly offByDefault?: boolean
  /** Turned on by `level: strict` when off by default. */
  readonly strict?: boolean
}

/** One place a rule fails. */
export interface RuleHit {
  readonly message: string
  readonly region: Region
  /** Overrides the rule's severity for this hit (e.g. `cap_add: ALL`). */
  readonly severity?: Severity
  /**
   * What identifies the hit apart from its line, for the fingerprint: a
   * stage name, service name, instruction text or key path.
   */
  readonly key: string
}

/** What a rule's check is given besides the document. */
export interface RuleContext {
  /** Repository-relative path of the file being checked. */
  readonly path: string
  readonly policy: PolicyConfig
}

/** A rule over one parsed document type (Dockerfile, Compose project...). */
export interface PolicyRule<Doc> {
  readonly meta: PolicyRuleMeta
  check(doc: Doc, context: RuleContext): readonly RuleHit[]
}
