import { sensitiveHostDir } from '../../compose/sensitive-paths.js'
import { isEngineSocket } from '../../compose/rules/C9.js'
import { hostMounts } from '../mounts.js'
import {
  type RunLineRule,
  describe,
  hitOn,
  runLineMeta,
  shown
} from '../rule-kit.js'

/** CSG-R7: a sensitive host directory is mounted. */
export const R7: RunLineRule = {
  meta: runLineMeta({
    concern: 'R7',
    title: 'docker run mounts a sensitive host directory',
    severity: 'HIGH',
    help: 'Binding host system directories (/, /etc, /proc, /sys, /dev, /root, /var/run...) or credential folders (~/.ssh, ~/.aws) lets the container read host secrets or change the host. Mount a dedicated data directory or a named volume.',
    peers: ['CSG-C10', 'CIS-5.5']
  }),
  check: (command) =>
    hostMounts(command).flatMap((m) => {
      const dir = isEngineSocket(m.source)
        ? undefined
        : sensitiveHostDir(m.source)
      if (!dir) return []

      return [
        hitOn(
          m.option.word,
          command,
          `${describe(command)} mounts the host path ${shown(m.source)} (inside ${dir}).`,
          `mount/${m.source}`,
          dir === '/' ? 'CRITICAL' : undefined
        )
      ]
    })
}
