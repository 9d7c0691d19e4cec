/**
 * How a Dockerfile rule is written: one object per rule with its metadata,
 * its documentation (from which the SARIF help and `docs/rules/*.md` are
 * generated, so the two cannot drift) and its check.
 */
import type { Precision, Severity } from '../../../findings/index.js'
import type {
  PolicyRule,
  PolicyRuleMeta,
  RuleContext,
  RuleHit
} from '../rule.js'
import type { DockerfileDoc } from './model.js'
import { ruleMarkdown } from './docs.js'

/** The documentation of a rule, in plain sentences. */
export interface RuleDocs {
  /** Why it matters. */
  readonly why: string
  /** How to fix it. */
  readonly fix: string
  /** A Dockerfile the rule flags and one it passes (both are tested). */
  readonly failing: string
  readonly passing: string
  /** Where the rule deliberately differs from a peer, and why. */
  readonly differences?: readonly string[]
}

/** What a rule file declares. */
export interface DockerfileRuleSpec {
  readonly id: string
  readonly concern: string
  readonly title: string
  readonly severity: Severity
  readonly precision: Precision
  readonly peers: readonly string[]
  /** Tags besides `security` and `dockerfile`. */
  readonly tags?: readonly string[]
  readonly offByDefault?: boolean
  readonly strict?: boolean
  readonly docs: RuleDocs
  check(doc: DockerfileDoc, context: RuleContext): readonly RuleHit[]
}

/** A finished Dockerfile rule. */
export interface DockerfileRule extends PolicyRule<DockerfileDoc> {
  readonly docs: RuleDocs
}

/** Builds a rule's metadata and help from its spec. */
export function defineRule(spec: DockerfileRuleSpec): DockerfileRule {
  const meta: PolicyRuleMeta = {
    id: spec.id,
    title: spec.title,
    help: `${spec.docs.why}\n\nHow to fix: ${spec.docs.fix}`,
    helpMarkdown: '',
    defaultSeverity: spec.severity,
    precision: spec.precision,
    tags: ['security', 'dockerfile', ...(spec.tags ?? [])],
    peers: spec.peers,
    concern: spec.concern,
    ...(spec.offByDefault ? { offByDefault: true } : {}),
    ...(spec.strict ? { strict: true } : {})
  }
  const withHelp = { ...meta, helpMarkdown: ruleMarkdown(meta, spec.docs) }

  return { meta: withHelp, docs: spec.docs, check: spec.check }
}
