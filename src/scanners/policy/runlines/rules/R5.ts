import { optionsNamed } from '../parse.js'
import { type RunLineRule, describe, hitOn, runLineMeta } from '../rule-kit.js'

/** CSG-R5: `--pid`, `--ipc`, `--uts`, `--userns` or `--cgroupns` host. */
export const R5: RunLineRule = {
  meta: runLineMeta({
    concern: 'R5',
    title: 'docker run shares a host namespace',
    severity: 'HIGH',
    help: "--pid host, --ipc host, --uts host, --userns host and --cgroupns host share the host's processes, shared memory, hostname, user IDs or cgroups with the container. Remove them.",
    peers: [
      'CSG-C5',
      'CSG-C6',
      'CSG-C7',
      'CSG-C8',
      'CIS-5.15',
      'CIS-5.16',
      'CIS-5.20',
      'CIS-5.30'
    ],
    precision: 'very-high'
  }),
  check: (command) =>
    optionsNamed(command, 'pid', 'ipc', 'uts', 'userns', 'cgroupns')
      .filter((o) => o.value?.toLowerCase() === 'host')
      .map((o) =>
        hitOn(
          o.word,
          command,
          `${describe(command)} shares the host ${o.name} namespace.`,
          o.name
        )
      )
}
