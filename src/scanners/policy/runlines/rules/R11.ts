import { optionsNamed } from '../parse.js'
import { requiredFlagRule, runLineMeta } from '../rule-kit.js'

/** CSG-R11: no PIDs limit. */
export const R11 = requiredFlagRule(
  runLineMeta({
    concern: 'R11',
    title: 'docker run without a PIDs limit',
    severity: 'LOW',
    help: 'Without a PIDs limit a fork bomb in the container exhausts the host process table. Add --pids-limit (docker service create: --limit-pids).',
    peers: ['CSG-C17', 'CIS-5.28']
  }),
  (command) =>
    optionsNamed(command, 'pids-limit', 'limit-pids').some(
      (o) => !['0', '-1'].includes(o.value ?? '')
    ),
  'a PIDs limit (--pids-limit)'
)
