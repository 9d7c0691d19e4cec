import { capabilityName } from '../../compose/rules/C2.js'
import { optionsNamed } from '../parse.js'
import { requiredFlagRule, runLineMeta } from '../rule-kit.js'

/** CSG-R3: no `--cap-drop ALL`. */
export const R3 = requiredFlagRule(
  runLineMeta({
    concern: 'R3',
    title: 'docker run without --cap-drop ALL',
    severity: 'LOW',
    help: 'Containers start with a default set of capabilities most never use. Add --cap-drop ALL and give back only what the process needs with --cap-add.',
    peers: ['CSG-C3', 'CIS-5.3']
  }),
  (command) =>
    optionsNamed(command, 'cap-drop').some((o) =>
      (o.value ?? '').split(',').some((cap) => capabilityName(cap) === 'ALL')
    ),
  '--cap-drop ALL'
)
