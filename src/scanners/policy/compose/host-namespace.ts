import type { PolicyRuleMeta } from '../rule.js'
import { entryAt, textOf } from './query.js'
import { type ComposeRule, eachService, hitAt } from './rule-kit.js'

/**
 * A rule that flags a service sharing one host namespace through `keys`
 * (the first key found wins: `network_mode` before the legacy `net`).
 */
export function hostNamespaceRule(
  meta: PolicyRuleMeta,
  keys: readonly string[],
  what: string
): ComposeRule {
  return {
    meta,
    check: (project) =>
      eachService(project, (service) => {
        for (const key of keys) {
          const value = entryAt(service.node, key)?.value
          if (textOf(value)?.trim().toLowerCase() !== 'host' || !value) continue

          return [
            hitAt(
              value.place,
              `Service "${service.name}" shares the host's ${what} (${key}: host).`,
              `${service.name}/${key}`
            )
          ]
        }

        return []
      })
  }
}
