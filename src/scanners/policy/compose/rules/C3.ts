import { entryAt, scalarItems } from '../query.js'
import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'
import { capabilityName } from './C2.js'

/** CSG-C3: a service keeps the default capabilities (no `cap_drop: [ALL]`). */
export const C3: ComposeRule = {
  meta: composeMeta({
    concern: 'C3',
    title: 'Service does not drop all capabilities',
    severity: 'MEDIUM',
    help: 'Docker grants a default set of capabilities (CHOWN, SETUID, NET_RAW...) that most services never use. Write cap_drop: [ALL] and add back only what the service needs with cap_add.',
    peers: ['KICS:Container Capabilities Unrestricted', 'CIS-5.3']
  }),
  check: (project) =>
    eachService(project, (service) => {
      const entry = entryAt(service.node, 'cap_drop')
      const dropped = scalarItems(entry?.value).map((i) =>
        capabilityName(i.text)
      )
      if (dropped.includes('ALL')) return []
      const message = entry
        ? `Service "${service.name}" drops only ${dropped.join(', ') || 'nothing'}: drop ALL and add back what it needs.`
        : `Service "${service.name}" keeps Docker's default capabilities: add cap_drop: [ALL].`

      return [
        hitAt(
          entry?.keyPlace ?? service.namePlace,
          message,
          `${service.name}/cap_drop`
        )
      ]
    })
}
