import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'
import { securityOpts } from '../security-opt.js'

// AppArmor off, SELinux labelling off, or the SELinux type that is
// exempt from confinement.
const UNCONFINED =
  /^(apparmor[:=]unconfined|label[:=]disable|label[:=]type:spc_t)$/i

/** CSG-C14: a service runs without AppArmor or SELinux confinement. */
export const C14: ComposeRule = {
  meta: composeMeta({
    concern: 'C14',
    title: 'AppArmor or SELinux confinement disabled',
    severity: 'HIGH',
    help: 'apparmor:unconfined, label:disable and label:type:spc_t turn off the mandatory access control that limits what root in the container may touch on the host. Remove the option or use a profile written for the service.',
    peers: [
      'KICS:Security Opt Not Set',
      'CIS-5.1',
      'CIS-5.2',
      'semgrep:selinux-separation-disabled'
    ]
  }),
  check: (project) =>
    eachService(project, (service) =>
      securityOpts(service)
        .filter((opt) => UNCONFINED.test(`${opt.name}:${opt.value}`))
        .map((opt) =>
          hitAt(
            opt.node.place,
            `Service "${service.name}" turns off ${opt.name === 'apparmor' ? 'AppArmor' : 'SELinux'} confinement (${opt.node.value}).`,
            `${service.name}/security_opt/${opt.name}`
          )
        )
    )
}
