import type { YMap } from '../model.js'
import { entryAt, itemsOf, textOf } from '../query.js'
import {
  type ComposeHit,
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'
import { sensitiveHostDir } from '../sensitive-paths.js'
import { parseVolume } from '../volumes.js'
import { isEngineSocket } from './C9.js'

/** CSG-C10: a sensitive host directory is mounted. */
export const C10: ComposeRule = {
  meta: composeMeta({
    concern: 'C10',
    title: 'Sensitive host directory mounted',
    severity: 'HIGH',
    help: 'Bind-mounting host system directories (/, /etc, /proc, /sys, /dev, /boot, /root, /usr, /var/run, /var/lib/docker...) or credential folders (~/.ssh, ~/.aws, ~/.kube) lets the container read secrets of the host or change it. Mount a dedicated data directory or a named volume instead.',
    peers: ['KICS:Volume Has Sensitive Host Directory', 'CIS-5.5'],
    precision: 'high'
  }),
  check: (project) => [
    ...eachService(project, (service) =>
      itemsOf(entryAt(service.node, 'volumes')?.value).flatMap((item) => {
        const mount = parseVolume(item)
        if (mount?.type !== 'bind' || !mount.source) return []
        if (isEngineSocket(mount.source)) return []
        const dir = sensitiveHostDir(mount.source)
        if (!dir) return []

        return [
          hitAt(
            mount.sourcePlace,
            `Service "${service.name}" mounts the host path ${mount.source} (inside ${dir}).`,
            `${service.name}/volumes/${mount.source}`,
            dir === '/' ? 'CRITICAL' : undefined
          )
        ]
      })
    ),
    ...namedVolumeHits(project.root)
  ]
}

// Named volumes can bind a host path through driver options too.
function namedVolumeHits(root: YMap): ComposeHit[] {
  const volumes = entryAt(root, 'volumes')?.value
  if (volumes?.kind !== 'map') return []

  return [...volumes.entries].flatMap(([name, entry]) => {
    if (entry.value.kind !== 'map') return []
    const device = entryAt(entry.value, 'driver_opts', 'device')?.value
    const mountpoint = entryAt(entry.value, 'driver_opts', 'mountpoint')?.value
    const node = device ?? mountpoint
    const source = textOf(node)
    const dir = source === undefined ? undefined : sensitiveHostDir(source)
    if (!node || !dir) return []

    return [
      hitAt(
        node.place,
        `Volume "${name}" binds the host path ${source} (inside ${dir}).`,
        `volumes/${name}`
      )
    ]
  })
}
