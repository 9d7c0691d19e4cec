import { hostNamespaceRule } from '../host-namespace.js'
import { type ComposeRule, composeMeta } from '../rule-kit.js'

/** CSG-C6: Service shares the host IPC namespace. */
export const C6: ComposeRule = hostNamespaceRule(
  composeMeta({
    concern: 'C6',
    title: 'Service shares the host IPC namespace',
    severity: 'HIGH',
    help: 'ipc: host exposes host shared memory segments and semaphores to the container. Remove it, or use ipc: shareable between services that must share memory.',
    peers: ['KICS:Shared Host IPC Namespace', 'CIS-5.16']
  }),
  ['ipc'],
  'IPC namespace'
)
