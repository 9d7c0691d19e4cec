import type { ComposeProject } from '../model.js'
import { entryAt, itemsOf } from '../query.js'
import {
  type ComposeHit,
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'
import { parseVolume } from '../volumes.js'

/** CSG-C25: a mount propagates back to the host, or a volume is shared writable. */
export const C25: ComposeRule = {
  meta: composeMeta({
    concern: 'C25',
    title: 'Shared mount propagation or shared writable volume',
    severity: 'MEDIUM',
    help: 'Shared mount propagation (:shared, :rshared, bind.propagation: shared) lets mounts made in the container appear on the host. A named volume mounted writable by several services lets one compromised service plant files for the others. Use the default private propagation and mount shared volumes read-only where only one service writes.',
    peers: [
      'KICS:Volume Mounted In Multiple Containers',
      'KICS:Shared Volumes Between Containers',
      'CIS-5.19'
    ],
    precision: 'high'
  }),
  check: (project) => [
    ...eachService(project, (service) =>
      itemsOf(entryAt(service.node, 'volumes')?.value).flatMap((item) => {
        const mount = parseVolume(item)
        if (!mount?.propagation || !/^r?shared$/.test(mount.propagation))
          return []

        return [
          hitAt(
            mount.itemPlace,
            `Service "${service.name}" mounts ${mount.source ?? mount.target} with ${mount.propagation} propagation.`,
            `${service.name}/volumes/${mount.target}/propagation`
          )
        ]
      })
    ),
    ...sharedWritableHits(project)
  ]
}

// The second and later writable mounts of one named volume.
function sharedWritableHits(project: ComposeProject): ComposeHit[] {
  const seen = new Map<string, string>()
  const hits: ComposeHit[] = []
  for (const service of project.services)
    for (const item of itemsOf(entryAt(service.node, 'volumes')?.value)) {
      const mount = parseVolume(item)
      if (mount?.type !== 'volume' || !mount.source || mount.readOnly) continue
      const first = seen.get(mount.source)
      if (first === undefined) {
        seen.set(mount.source, service.name)
        continue
      }
      if (first === service.name) continue
      hits.push(
        hitAt(
          mount.itemPlace,
          `Volume "${mount.source}" is mounted writable by "${first}" and "${service.name}": mount it read-only where the service only reads.`,
          `${service.name}/volumes/${mount.source}/shared`,
          'LOW'
        )
      )
    }

  return hits
}
