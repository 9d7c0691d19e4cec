import { hostNamespaceRule } from '../host-namespace.js'
import { type ComposeRule, composeMeta } from '../rule-kit.js'

/** CSG-C7: Service disables user namespace remapping. */
export const C7: ComposeRule = hostNamespaceRule(
  composeMeta({
    concern: 'C7',
    title: 'Service disables user namespace remapping',
    severity: 'MEDIUM',
    help: "userns_mode: host turns off the daemon's user namespace remapping for this service, so root in the container is root on the host again. Remove it.",
    peers: ['KICS:Shared Host User Namespace', 'CIS-5.30']
  }),
  ['userns_mode'],
  'user namespace'
)
