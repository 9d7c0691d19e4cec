import { entryAt, isTrue } from '../query.js'
import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'

/** CSG-C1: a service runs privileged. */
export const C1: ComposeRule = {
  meta: composeMeta({
    concern: 'C1',
    title: 'Service runs privileged',
    severity: 'CRITICAL',
    help: 'privileged: true gives the container every capability and access to all host devices, so a compromise of the container is a compromise of the host. Remove privileged and add only the capabilities or devices the service needs.',
    peers: [
      'KICS:Privileged Containers Enabled',
      'CIS-5.4',
      'semgrep:privileged-service'
    ],
    tags: ['CWE-250']
  }),
  check: (project) =>
    eachService(project, (service) => {
      const value = entryAt(service.node, 'privileged')?.value
      if (!isTrue(value) || !value) return []

      return [
        hitAt(
          value.place,
          `Service "${service.name}" runs privileged: it has every capability and all host devices.`,
          `${service.name}/privileged`
        )
      ]
    })
}
