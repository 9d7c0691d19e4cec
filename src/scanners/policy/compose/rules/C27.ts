import { entryAt, textOf } from '../query.js'
import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'

/** True for `root`, `0`, `root:group` and `0:0`. */
export function isRootUser(user: string): boolean {
  const name = user.trim().split(':')[0]?.trim()

  return name === 'root' || name === '0'
}

/** CSG-C27: a service runs as root. */
export const C27: ComposeRule = {
  meta: composeMeta({
    concern: 'C27',
    title: 'Service runs as root',
    severity: 'HIGH',
    help: 'user: root (or 0) overrides the image\'s non-root USER and runs the service as root, so any escape starts with root rights. Remove it or set a numeric non-root UID such as user: "10001:10001". With level: strict a service without user: is reported too, since only the image then decides.',
    peers: ['semgrep:service-runs-as-root', 'CIS-4.1']
  }),
  check: (project, context) =>
    eachService(project, (service) => {
      const user = entryAt(service.node, 'user')?.value
      const text = textOf(user)
      const key = `${service.name}/user`
      if (user && text !== undefined && isRootUser(text))
        return [
          hitAt(user.place, `Service "${service.name}" runs as ${text}.`, key)
        ]
      if (user || context.policy.level !== 'strict') return []

      return [
        hitAt(
          service.namePlace,
          `Service "${service.name}" sets no user: the image decides, which is root unless its Dockerfile says otherwise.`,
          key,
          'LOW'
        )
      ]
    })
}
