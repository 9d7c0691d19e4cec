import { optionsNamed } from '../parse.js'
import { type RunLineRule, describe, hitOn, runLineMeta } from '../rule-kit.js'

const UNCONFINED =
  /^(seccomp[:=]unconfined|apparmor[:=]unconfined|label[:=]disable|label[:=]type:spc_t)$/i

/** CSG-R13: seccomp, AppArmor or SELinux turned off. */
export const R13: RunLineRule = {
  meta: runLineMeta({
    concern: 'R13',
    title: 'docker run turns off seccomp, AppArmor or SELinux',
    severity: 'HIGH',
    help: '--security-opt seccomp=unconfined, apparmor=unconfined and label=disable remove the kernel filters that stop a root process in the container from reaching the host. Remove the option, or give a profile written for the program.',
    peers: ['CSG-C13', 'CSG-C14', 'CIS-5.1', 'CIS-5.2', 'CIS-5.21'],
    precision: 'very-high'
  }),
  check: (command) =>
    optionsNamed(command, 'security-opt')
      .filter((o) => UNCONFINED.test(o.value ?? ''))
      .map((o) =>
        hitOn(
          o.word,
          command,
          `${describe(command)} runs with ${o.value}.`,
          `security-opt/${o.value}`
        )
      )
}
