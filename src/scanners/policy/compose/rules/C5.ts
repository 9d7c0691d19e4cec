import { hostNamespaceRule } from '../host-namespace.js'
import { type ComposeRule, composeMeta } from '../rule-kit.js'

/** CSG-C5: Service shares the host PID namespace. */
export const C5: ComposeRule = hostNamespaceRule(
  composeMeta({
    concern: 'C5',
    title: 'Service shares the host PID namespace',
    severity: 'HIGH',
    help: 'pid: host lets the container see and signal every host process and read their environment through /proc. Remove it; share a PID namespace with one other service (pid: service:name) if a sidecar needs it.',
    peers: ['KICS:Host Namespace is Shared', 'CIS-5.15']
  }),
  ['pid'],
  'process namespace'
)
