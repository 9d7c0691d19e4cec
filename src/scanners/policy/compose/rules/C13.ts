import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'
import { securityOpts } from '../security-opt.js'

/** CSG-C13: a service runs without the seccomp filter. */
export const C13: ComposeRule = {
  meta: composeMeta({
    concern: 'C13',
    title: 'Seccomp disabled',
    severity: 'HIGH',
    help: 'seccomp:unconfined removes the filter that blocks about 40 dangerous system calls (mount, kexec_load, bpf...). Remove it, or give a custom profile that allows only the calls the service needs.',
    peers: [
      'KICS:Default Seccomp Profile Disabled',
      'CIS-5.21',
      'semgrep:seccomp-confinement-disabled'
    ]
  }),
  check: (project) =>
    eachService(project, (service) =>
      securityOpts(service)
        .filter((opt) =>
          /(^|:)seccomp[:=]unconfined$/i.test(`${opt.name}:${opt.value}`)
        )
        .map((opt) =>
          hitAt(
            opt.node.place,
            `Service "${service.name}" runs with seccomp unconfined.`,
            `${service.name}/security_opt/seccomp`
          )
        )
    )
}
