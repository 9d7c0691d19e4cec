import { entryAt, itemsOf } from '../query.js'
import { isAllInterfaces, parsePort } from '../ports.js'
import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'

/** CSG-C20: a port is published on every host interface. */
export const C20: ComposeRule = {
  meta: composeMeta({
    concern: 'C20',
    title: 'Port published on all interfaces',
    severity: 'MEDIUM',
    help: 'A port written without a host address ("8080:80") is published on 0.0.0.0, every interface of the host, and Docker\'s firewall rules bypass the host firewall. Bind to the interface meant to serve it ("127.0.0.1:8080:80" or host_ip:).',
    peers: ['KICS:Container Traffic Not Bound To Host Interface', 'CIS-5.13']
  }),
  check: (project) =>
    eachService(project, (service) =>
      itemsOf(entryAt(service.node, 'ports')?.value).flatMap((item) => {
        const port = parsePort(item)
        if (!port || !isAllInterfaces(port.hostIp)) return []

        return [
          hitAt(
            port.place,
            `Service "${service.name}" publishes container port ${port.target} on every host interface.`,
            `${service.name}/ports/${port.published ?? ''}:${port.target}`
          )
        ]
      })
    )
}
