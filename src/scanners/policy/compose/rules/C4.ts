import { hostNamespaceRule } from '../host-namespace.js'
import { type ComposeRule, composeMeta } from '../rule-kit.js'

/** CSG-C4: Service uses the host network. */
export const C4: ComposeRule = hostNamespaceRule(
  composeMeta({
    concern: 'C4',
    title: 'Service uses the host network',
    severity: 'HIGH',
    help: 'network_mode: host removes network isolation: the service can bind any host port, reach services listening on localhost and sniff host traffic. Use a user-defined network and publish only the ports needed.',
    peers: ['KICS:Shared Host Network Namespace', 'CIS-5.9']
  }),
  ['network_mode', 'net'],
  'network namespace'
)
