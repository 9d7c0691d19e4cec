import { entryAt, isTrue } from '../query.js'
import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'

/** CSG-C11: a service's root filesystem is writable. */
export const C11: ComposeRule = {
  meta: composeMeta({
    concern: 'C11',
    title: 'Service root filesystem is writable',
    severity: 'MEDIUM',
    help: 'Without read_only: true an attacker who gets code execution can change binaries and configuration inside the container and persist there. Set read_only: true and give writable paths a tmpfs or a volume.',
    peers: ['CIS-5.12', 'semgrep:writable-filesystem-service']
  }),
  check: (project) =>
    eachService(project, (service) => {
      const entry = entryAt(service.node, 'read_only')
      if (isTrue(entry?.value)) return []

      return [
        hitAt(
          entry?.value.place ?? service.namePlace,
          `Service "${service.name}" has a writable root filesystem: set read_only: true.`,
          `${service.name}/read_only`
        )
      ]
    })
}
