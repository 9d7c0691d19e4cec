import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'
import { entryAt } from '../query.js'
import { securityOpts } from '../security-opt.js'

/** CSG-C12: a service may gain privileges through setuid binaries. */
export const C12: ComposeRule = {
  meta: composeMeta({
    concern: 'C12',
    title: 'no-new-privileges is not set',
    severity: 'MEDIUM',
    help: 'Without no-new-privileges a process in the container can gain privileges through setuid or setcap binaries. Add security_opt: ["no-new-privileges:true"].',
    peers: [
      'KICS:No New Privileges Not Set',
      'CIS-5.25',
      'semgrep:no-new-privileges'
    ]
  }),
  check: (project) =>
    eachService(project, (service) => {
      const opts = securityOpts(service).filter(
        (opt) => opt.name === 'no-new-privileges'
      )
      if (opts.some((opt) => ['', 'true'].includes(opt.value.toLowerCase())))
        return []
      const key = `${service.name}/security_opt/no-new-privileges`
      const [disabled] = opts
      if (disabled)
        return [
          hitAt(
            disabled.node.place,
            `Service "${service.name}" sets no-new-privileges to ${disabled.value}: set it to true.`,
            key
          )
        ]
      const list = entryAt(service.node, 'security_opt')

      return [
        hitAt(
          list?.keyPlace ?? service.namePlace,
          `Service "${service.name}" does not set no-new-privileges:true in security_opt.`,
          key
        )
      ]
    })
}
