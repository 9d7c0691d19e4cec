/** Turns a rule's hit into the shared Finding model. */
import type { PolicyConfig } from '../../config/config.js'
import {
  DEFAULT_SCORES,
  fingerprintOf,
  type Finding,
  type Suppression
} from '../../findings/index.js'
import type { PolicyRuleMeta, RuleHit } from './rule.js'
import { ruleSeverity } from './settings.js'

/**
 * A policy finding for `hit` of `meta` in the repository-relative `path`.
 * The fingerprint is rule, path and the hit's key: never the line.
 */
export function toPolicyFinding(
  meta: PolicyRuleMeta,
  hit: RuleHit,
  path: string,
  policy: PolicyConfig,
  suppression?: Suppression
): Finding {
  const severity = ruleSeverity(meta, policy, hit.severity)

  return {
    rule: meta,
    source: 'policy',
    kind: 'policy',
    severity,
    score: DEFAULT_SCORES[severity],
    message: hit.message,
    location: { path, region: hit.region },
    target: path,
    fingerprint: fingerprintOf(meta.id, path, hit.key),
    ...(suppression ? { suppression } : {})
  }
}
