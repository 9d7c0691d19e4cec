import { entryAt, isTrue, itemsOf, textOf } from '../query.js'
import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'

/** CSG-C22: a service has no health check, or turns it off. */
export const C22: ComposeRule = {
  meta: composeMeta({
    concern: 'C22',
    title: 'Health check missing or disabled',
    severity: 'LOW',
    help: "Without a health check the engine cannot tell a hung service from a healthy one, and depends_on cannot wait for readiness. Add a healthcheck: with a test command (or keep the image's HEALTHCHECK and do not disable it).",
    peers: ['KICS:Healthcheck Not Set', 'CIS-5.26'],
    precision: 'high'
  }),
  check: (project) =>
    eachService(project, (service) => {
      const key = `${service.name}/healthcheck`
      const healthcheck = entryAt(service.node, 'healthcheck')
      if (!healthcheck)
        return [
          hitAt(
            service.namePlace,
            `Service "${service.name}" has no healthcheck.`,
            key
          )
        ]

      const disable = entryAt(service.node, 'healthcheck', 'disable')?.value
      if (disable && isTrue(disable))
        return [
          hitAt(
            disable.place,
            `Service "${service.name}" disables its health check.`,
            key
          )
        ]
      const test = entryAt(service.node, 'healthcheck', 'test')?.value
      const first = textOf(itemsOf(test)[0])
      if (test && first?.toUpperCase() === 'NONE')
        return [
          hitAt(
            test.place,
            `Service "${service.name}" disables its health check (test: NONE).`,
            key
          )
        ]

      return []
    })
}
