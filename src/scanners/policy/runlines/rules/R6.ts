import { isEngineSocket } from '../../compose/rules/C9.js'
import { hostMounts } from '../mounts.js'
import {
  type RunLineRule,
  describe,
  hitOn,
  runLineMeta,
  shown
} from '../rule-kit.js'

/** CSG-R6: the engine socket is mounted into a container. */
export const R6: RunLineRule = {
  meta: runLineMeta({
    concern: 'R6',
    title: 'docker run mounts the engine socket',
    severity: 'CRITICAL',
    help: 'Mounting /var/run/docker.sock gives the container full control of the engine and so of the host, read-only or not. Remove the mount, or put a filtering socket proxy in front of the API.',
    peers: ['CSG-C9', 'CIS-5.31'],
    precision: 'very-high'
  }),
  check: (command) =>
    hostMounts(command)
      .filter((m) => isEngineSocket(m.source))
      .map((m) =>
        hitOn(
          m.option.word,
          command,
          `${describe(command)} mounts the engine socket ${shown(m.source)}.`,
          `mount/${m.source}`
        )
      )
}
