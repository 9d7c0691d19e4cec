import { capabilityName, capabilitySeverity } from '../../compose/rules/C2.js'
import { optionsNamed } from '../parse.js'
import { type RunLineRule, describe, hitOn, runLineMeta } from '../rule-kit.js'

/** CSG-R2: `--cap-add ALL` or a dangerous capability. */
export const R2: RunLineRule = {
  meta: runLineMeta({
    concern: 'R2',
    title: 'docker run adds all or dangerous capabilities',
    severity: 'HIGH',
    help: '--cap-add ALL equals --privileged; SYS_ADMIN, SYS_PTRACE, SYS_MODULE, NET_ADMIN and DAC_READ_SEARCH open known escapes. Drop ALL and add back only the narrow capability needed.',
    peers: ['CSG-C2', 'CIS-5.3']
  }),
  check: (command) =>
    optionsNamed(command, 'cap-add').flatMap((option) =>
      (option.value ?? '').split(',').flatMap((cap) => {
        const name = capabilityName(cap)
        const severity = capabilitySeverity(name)
        if (!severity) return []

        return [
          hitOn(
            option.word,
            command,
            `${describe(command)} adds capability ${name}.`,
            `cap-add/${name}`,
            severity
          )
        ]
      })
    )
}
