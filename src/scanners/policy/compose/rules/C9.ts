import { entryAt, itemsOf } from '../query.js'
import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'
import { parseVolume } from '../volumes.js'

/** Host paths of container engine sockets: whoever holds one is root. */
export function isEngineSocket(source: string): boolean {
  return /(^|\/)(docker|podman|containerd|crio|dockershim)\.sock$/.test(
    source.trim().replace(/\/+$/, '')
  )
}

/** CSG-C9: a container engine socket is mounted into a service. */
export const C9: ComposeRule = {
  meta: composeMeta({
    concern: 'C9',
    title: 'Container engine socket mounted',
    severity: 'CRITICAL',
    help: 'Mounting /var/run/docker.sock (or the containerd, CRI-O or Podman socket) gives the service full control of the engine: it can start a privileged container and own the host. Read-only mounts do not help. Remove the mount; if a tool truly needs the API, put a filtering socket proxy in front of it.',
    peers: [
      'KICS:Docker Socket Mounted In Container',
      'CIS-5.31',
      'semgrep:exposing-docker-socket-volume'
    ],
    tags: ['CWE-250']
  }),
  check: (project) =>
    eachService(project, (service) =>
      itemsOf(entryAt(service.node, 'volumes')?.value).flatMap((item) => {
        const mount = parseVolume(item)
        if (mount?.type !== 'bind' || !mount.source) return []
        if (!isEngineSocket(mount.source)) return []

        return [
          hitAt(
            mount.sourcePlace,
            `Service "${service.name}" mounts the engine socket ${mount.source}: it can control the engine and the host.`,
            `${service.name}/volumes/${mount.source}`
          )
        ]
      })
    )
}
