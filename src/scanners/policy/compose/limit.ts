import type { PolicyRuleMeta } from '../rule.js'
import { entryAt, nearestPlace, textOf } from './query.js'
import { type ComposeRule, eachService, hitAt } from './rule-kit.js'

/** How one resource limit can be written in a service. */
export interface LimitKeys {
  /** Service-level keys (`mem_limit`, `cpus`, `pids_limit`). */
  readonly direct: readonly string[]
  /** The key under `deploy.resources.limits`. */
  readonly deploy: string
  /** What the limit is, for messages: `memory`, `CPU`, `process`. */
  readonly what: string
}

const DEPLOY = ['deploy', 'resources', 'limits']

// Zero and -1 are how Compose and Docker write "no limit".
const UNLIMITED = new Set(['0', '-1', '0.0'])

/**
 * A rule that flags a service with no limit for one resource, pointing at
 * the deepest part of `deploy.resources.limits` written (or the service's
 * name), and at the value when it is written as unlimited.
 */
export function limitRule(meta: PolicyRuleMeta, keys: LimitKeys): ComposeRule {
  return {
    meta,
    check: (project) =>
      eachService(project, (service) => {
        const key = `${service.name}/limits/${keys.deploy}`
        const written = [
          ...keys.direct.map((k) => entryAt(service.node, k)),
          entryAt(service.node, ...DEPLOY, keys.deploy)
        ].filter((entry) => entry !== undefined)

        const unlimited = written.find((e) =>
          UNLIMITED.has(textOf(e.value)?.trim() ?? '')
        )
        if (unlimited)
          return [
            hitAt(
              unlimited.value.place,
              `Service "${service.name}" sets no ${keys.what} limit (${textOf(unlimited.value)} means unlimited).`,
              key
            )
          ]
        if (written.length > 0) return []

        return [
          hitAt(
            nearestPlace(service.node, DEPLOY, service.namePlace),
            `Service "${service.name}" has no ${keys.what} limit: set deploy.resources.limits.${keys.deploy} or ${keys.direct[0]}.`,
            key
          )
        ]
      })
  }
}
