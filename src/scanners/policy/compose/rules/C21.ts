import { entryAt, itemsOf } from '../query.js'
import { lowestPort, parsePort } from '../ports.js'
import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'

/** CSG-C21: a privileged host port (below 1024) is published. */
export const C21: ComposeRule = {
  meta: composeMeta({
    concern: 'C21',
    title: 'Privileged host port published',
    severity: 'LOW',
    help: 'Host ports below 1024 are reserved for system services; publishing one from a container can shadow them. Publish a port of 1024 or above and put a reverse proxy in front if the standard port is needed.',
    peers: ['KICS:Privileged Ports Mapped In Container', 'CIS-5.7']
  }),
  check: (project) =>
    eachService(project, (service) =>
      itemsOf(entryAt(service.node, 'ports')?.value).flatMap((item) => {
        const port = parsePort(item)
        if (port?.published === undefined) return []
        const lowest = lowestPort(port.published)
        if (!(lowest < 1024)) return []

        return [
          hitAt(
            port.place,
            `Service "${service.name}" publishes privileged host port ${port.published}.`,
            `${service.name}/ports/${port.published}`
          )
        ]
      })
    )
}
