import type { Precision, Severity } from '../../../findings/index.js'
import type {
  PolicyRule,
  PolicyRuleMeta,
  RuleContext,
  RuleHit
} from '../rule.js'
import type { ComposeProject, ComposeService, Place } from './model.js'

/** A hit that also says which file of the project it is in. */
export interface ComposeHit extends RuleHit {
  /** Repository-relative path: the file that set the value. */
  readonly path: string
}

/** A rule over one merged Compose project. */
export interface ComposeRule extends PolicyRule<ComposeProject> {
  check(project: ComposeProject, context: RuleContext): readonly ComposeHit[]
}

/** What a Compose rule file states about itself. */
export interface ComposeRuleSpec {
  /** The POLICY.md row, `C1`...; the id becomes `CSG-C1`. */
  readonly concern: string
  readonly title: string
  readonly severity: Severity
  /** Why it matters and how to fix it, in plain text. */
  readonly help: string
  readonly peers: readonly string[]
  readonly precision?: Precision
  readonly tags?: readonly string[]
  readonly offByDefault?: boolean
  readonly strict?: boolean
}

/** The metadata of a Compose rule, with the house tags. */
export function composeMeta(spec: ComposeRuleSpec): PolicyRuleMeta {
  return {
    id: `CSG-${spec.concern}`,
    concern: spec.concern,
    title: spec.title,
    help: spec.help,
    defaultSeverity: spec.severity,
    precision: spec.precision ?? 'very-high',
    tags: ['security', 'compose', ...(spec.tags ?? [])],
    peers: spec.peers,
    ...(spec.offByDefault ? { offByDefault: true } : {}),
    ...(spec.strict ? { strict: true } : {})
  }
}

/** A hit at `place`, keyed for the fingerprint by service and key. */
export function hitAt(
  place: Place,
  message: string,
  key: string,
  severity?: Severity
): ComposeHit {
  return {
    path: place.path,
    region: place.region,
    message,
    key,
    ...(severity ? { severity } : {})
  }
}

/** Runs `check` on every service and collects the hits. */
export function eachService(
  project: ComposeProject,
  check: (service: ComposeService) => readonly ComposeHit[]
): ComposeHit[] {
  return project.services.flatMap((service) => check(service))
}
