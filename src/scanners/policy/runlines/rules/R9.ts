import { optionsNamed } from '../parse.js'
import { requiredFlagRule, runLineMeta } from '../rule-kit.js'

/** CSG-R9: no `--security-opt no-new-privileges`. */
export const R9 = requiredFlagRule(
  runLineMeta({
    concern: 'R9',
    title: 'docker run without no-new-privileges',
    severity: 'LOW',
    help: 'Without --security-opt no-new-privileges a process in the container can gain privileges through setuid binaries. Add --security-opt no-new-privileges.',
    peers: ['CSG-C12', 'CIS-5.25']
  }),
  (command) =>
    optionsNamed(command, 'security-opt').some((o) =>
      /^no-new-privileges([:=]true)?$/i.test(o.value ?? '')
    ),
  '--security-opt no-new-privileges',
  ['run']
)
