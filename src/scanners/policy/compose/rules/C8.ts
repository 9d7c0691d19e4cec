import { hostNamespaceRule } from '../host-namespace.js'
import { type ComposeRule, composeMeta } from '../rule-kit.js'

/** CSG-C8: Service shares the host UTS namespace. */
export const C8: ComposeRule = hostNamespaceRule(
  composeMeta({
    concern: 'C8',
    title: 'Service shares the host UTS namespace',
    severity: 'MEDIUM',
    help: "uts: host lets the container change the host's hostname and domain name. Remove it; set hostname: for the container instead.",
    peers: ['CIS-5.20']
  }),
  ['uts'],
  'UTS namespace'
)
