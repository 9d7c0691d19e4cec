import { entryAt, textOf } from '../query.js'
import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'

/** CSG-C23: a service restarts without bound. Off by default. */
export const C23: ComposeRule = {
  meta: composeMeta({
    concern: 'C23',
    title: 'Restart policy without a retry limit',
    severity: 'LOW',
    help: 'restart: always (or unless-stopped, or on-failure without a count) restarts a crashing service forever, which hides the failure and can keep an exploited process coming back. Use restart: on-failure:5, or deploy.restart_policy with max_attempts.',
    peers: ['KICS:Restart Policy On Failure Not Set To 5', 'CIS-5.14'],
    offByDefault: true
  }),
  check: (project) =>
    eachService(project, (service) => {
      const restart = entryAt(service.node, 'restart')?.value
      const text = textOf(restart)?.trim().toLowerCase()
      const key = `${service.name}/restart`
      if (restart && text && /^(always|unless-stopped|on-failure)$/.test(text))
        return [
          hitAt(
            restart.place,
            `Service "${service.name}" restarts without a limit (restart: ${text}).`,
            key
          )
        ]

      const policy = entryAt(service.node, 'deploy', 'restart_policy')
      const attempts = entryAt(
        service.node,
        'deploy',
        'restart_policy',
        'max_attempts'
      )
      if (!policy || attempts) return []
      const condition = textOf(
        entryAt(service.node, 'deploy', 'restart_policy', 'condition')?.value
      )
      if (condition === 'none') return []

      return [
        hitAt(
          policy.keyPlace,
          `Service "${service.name}" has a restart_policy without max_attempts.`,
          key
        )
      ]
    })
}
