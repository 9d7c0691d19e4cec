import type { ComposeProject } from '../model.js'
import { entryAt, isTrue, itemsOf, textOf } from '../query.js'
import {
  type ComposeHit,
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'

/** CSG-C19: a service sits on the default network, or a backend network is not internal. */
export const C19: ComposeRule = {
  meta: composeMeta({
    concern: 'C19',
    title: 'Service network not segmented',
    severity: 'LOW',
    help: 'Services left on the default network can all reach each other, and a network that only joins services publishing no ports still routes to the internet. Declare networks per tier, attach each service to the ones it needs, and mark back-end networks internal: true.',
    peers: ['KICS:Networks Not Set', 'CIS-5.29'],
    precision: 'medium'
  }),
  check: (project) => [
    ...eachService(project, (service) => {
      if (
        entryAt(service.node, 'networks') ||
        entryAt(service.node, 'network_mode')
      )
        return []

      return [
        hitAt(
          service.namePlace,
          `Service "${service.name}" is on the default network with every other service: attach it to declared networks.`,
          `${service.name}/networks`
        )
      ]
    }),
    ...backendHits(project)
  ]
}

// A declared network whose members publish no ports is a back end.
function backendHits(project: ComposeProject): ComposeHit[] {
  const networks = entryAt(project.root, 'networks')?.value
  if (networks?.kind !== 'map') return []

  return [...networks.entries].flatMap(([name, entry]) => {
    const node = entry.value.kind === 'map' ? entry.value : undefined
    if (
      node &&
      (isTrue(entryAt(node, 'internal')?.value) ||
        isTrue(entryAt(node, 'external')?.value))
    )
      return []
    const members = project.services.filter((service) => {
      const attached = entryAt(service.node, 'networks')?.value
      if (attached?.kind === 'map') return attached.entries.has(name)

      return itemsOf(attached).some((item) => textOf(item) === name)
    })
    const publishes = members.some(
      (service) => itemsOf(entryAt(service.node, 'ports')?.value).length > 0
    )
    if (members.length === 0 || publishes) return []

    return [
      hitAt(
        entry.keyPlace,
        `Network "${name}" only joins services that publish no ports: mark it internal: true.`,
        `networks/${name}`
      )
    ]
  })
}
