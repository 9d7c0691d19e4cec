import type { Severity } from '../../../../findings/index.js'
import { entryAt, scalarItems } from '../query.js'
import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'

/** Capabilities that open a path out of the container or into the kernel. */
export const DANGEROUS_CAPABILITIES: ReadonlySet<string> = new Set([
  'SYS_ADMIN',
  'SYS_MODULE',
  'SYS_PTRACE',
  'SYS_RAWIO',
  'SYS_BOOT',
  'SYS_TIME',
  'NET_ADMIN',
  'NET_RAW',
  'DAC_READ_SEARCH',
  'DAC_OVERRIDE',
  'BPF',
  'PERFMON',
  'SYSLOG',
  'MAC_ADMIN',
  'MAC_OVERRIDE',
  'LINUX_IMMUTABLE',
  'SETFCAP'
])

/** `cap_add` entry as a bare capability name: `CAP_SYS_ADMIN` is `SYS_ADMIN`. */
export function capabilityName(text: string): string {
  return text.trim().toUpperCase().replace(/^CAP_/, '')
}

/**
 * Severity of adding one capability: ALL is as bad as privileged; other
 * capabilities outside the dangerous set are not reported.
 */
export function capabilitySeverity(name: string): Severity | undefined {
  if (name === 'ALL') return 'CRITICAL'

  return DANGEROUS_CAPABILITIES.has(name) ? 'HIGH' : undefined
}

/** CSG-C2: a service adds all or dangerous capabilities. */
export const C2: ComposeRule = {
  meta: composeMeta({
    concern: 'C2',
    title: 'Service adds all or dangerous capabilities',
    severity: 'HIGH',
    help: 'cap_add widens what root in the container may do. ALL equals privileged; SYS_ADMIN, SYS_PTRACE, SYS_MODULE, NET_ADMIN, DAC_READ_SEARCH and similar open known escapes. Add only the narrow capability the service needs (often NET_BIND_SERVICE) after cap_drop: [ALL].',
    peers: ['KICS:Container Capabilities Unrestricted', 'CIS-5.3'],
    tags: ['CWE-250']
  }),
  check: (project) =>
    eachService(project, (service) =>
      scalarItems(entryAt(service.node, 'cap_add')?.value).flatMap(
        ({ text, node }) => {
          const name = capabilityName(text)
          const severity = capabilitySeverity(name)
          if (!severity) return []
          const what =
            name === 'ALL' ? 'every capability' : `capability ${name}`

          return [
            hitAt(
              node.place,
              `Service "${service.name}" adds ${what}: it opens a known path to the host.`,
              `${service.name}/cap_add/${name}`,
              severity
            )
          ]
        }
      )
    )
}
