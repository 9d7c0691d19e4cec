import { optionsNamed } from '../parse.js'
import { requiredFlagRule, runLineMeta } from '../rule-kit.js'

/** CSG-R8: no `--read-only`. */
export const R8 = requiredFlagRule(
  runLineMeta({
    concern: 'R8',
    title: 'docker run without --read-only',
    severity: 'LOW',
    help: "Without --read-only a process that gets code execution can change the container's files and persist. Add --read-only and --tmpfs /tmp (or a volume) for paths that must be written.",
    peers: ['CSG-C11', 'CIS-5.12']
  }),
  (command) =>
    optionsNamed(command, 'read-only').some(
      (o) => o.value === undefined || o.value === 'true'
    ),
  '--read-only'
)
