/** How the config file's `policy` section turns rules on and off. */
import type { PolicyConfig, RuleSetting } from '../../config/config.js'
import type { Severity } from '../../findings/index.js'
import type { PolicyRuleMeta } from './rule.js'

// Users may write `CSG-D2` or `csg-d2`; the first setting found wins.
function settingFor(
  meta: PolicyRuleMeta,
  policy: PolicyConfig
): RuleSetting | undefined {
  const direct = policy.rules[meta.id]
  if (direct) return direct

  const wanted = meta.id.toUpperCase()
  const key = Object.keys(policy.rules).find((k) => k.toUpperCase() === wanted)

  return key === undefined ? undefined : policy.rules[key]
}

/**
 * True when the rule runs: its own setting wins; otherwise rules off by
 * default run only when `level: strict` turns on the strict ones.
 */
export function isRuleEnabled(
  meta: PolicyRuleMeta,
  policy: PolicyConfig
): boolean {
  const setting = settingFor(meta, policy)
  if (setting?.enabled !== undefined) return setting.enabled
  if (!meta.offByDefault) return true

  return meta.strict === true && policy.level === 'strict'
}

/** The severity a rule reports at: its setting, else the hit's, else its own. */
export function ruleSeverity(
  meta: PolicyRuleMeta,
  policy: PolicyConfig,
  hitSeverity?: Severity
): Severity {
  return (
    settingFor(meta, policy)?.severity ?? hitSeverity ?? meta.defaultSeverity
  )
}
