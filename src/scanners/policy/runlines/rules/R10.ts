import { optionsNamed } from '../parse.js'
import { requiredFlagRule, runLineMeta } from '../rule-kit.js'

/** CSG-R10: no memory limit. */
export const R10 = requiredFlagRule(
  runLineMeta({
    concern: 'R10',
    title: 'docker run without a memory limit',
    severity: 'LOW',
    help: 'A container without a memory limit can exhaust the host. Add --memory (docker service create: --limit-memory).',
    peers: ['CSG-C15', 'CIS-5.10']
  }),
  (command) => optionsNamed(command, 'memory', 'limit-memory').length > 0,
  'a memory limit (--memory)'
)
