import { entryAt, isTrue, itemsOf } from '../query.js'
import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'

/** CSG-C29: a read-only service has nowhere to write. Off by default. */
export const C29: ComposeRule = {
  meta: composeMeta({
    concern: 'C29',
    title: 'Read-only service without writable paths',
    severity: 'LOW',
    help: 'Most programs write somewhere (/tmp, a cache, a PID file). A read_only: true service with no tmpfs: and no volumes: often fails at start, and the usual fix is to drop read_only. Give the paths it writes a tmpfs (tmpfs: [/tmp]) or a volume instead.',
    peers: [],
    precision: 'medium',
    offByDefault: true,
    strict: true
  }),
  check: (project) =>
    eachService(project, (service) => {
      const readOnly = entryAt(service.node, 'read_only')?.value
      if (!readOnly || !isTrue(readOnly)) return []
      const writable = ['tmpfs', 'volumes'].some(
        (key) => itemsOf(entryAt(service.node, key)?.value).length > 0
      )
      if (writable) return []

      return [
        hitAt(
          readOnly.place,
          `Service "${service.name}" is read-only with no tmpfs or volume to write to.`,
          `${service.name}/read_only/tmpfs`
        )
      ]
    })
}
