import { entryAt, textOf } from '../query.js'
import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'

/** CSG-C24: a service leaves Docker's cgroup (cgroup_parent, cgroup: host). */
export const C24: ComposeRule = {
  meta: composeMeta({
    concern: 'C24',
    title: 'Service cgroup not the default',
    severity: 'MEDIUM',
    help: 'cgroup_parent places the container under another cgroup, outside the limits Docker manages, and cgroup: host shares the host cgroup namespace. Remove them unless a documented resource-management setup needs them.',
    peers: ['KICS:Cgroup Not Default', 'CIS-5.24']
  }),
  check: (project) =>
    eachService(project, (service) => {
      const hits = []
      const parent = entryAt(service.node, 'cgroup_parent')?.value
      if (parent && textOf(parent))
        hits.push(
          hitAt(
            parent.place,
            `Service "${service.name}" sets cgroup_parent: ${textOf(parent)}.`,
            `${service.name}/cgroup_parent`
          )
        )
      const cgroup = entryAt(service.node, 'cgroup')?.value
      if (cgroup && textOf(cgroup)?.toLowerCase() === 'host')
        hits.push(
          hitAt(
            cgroup.place,
            `Service "${service.name}" shares the host cgroup namespace (cgroup: host).`,
            `${service.name}/cgroup`
          )
        )

      return hits
    })
}
