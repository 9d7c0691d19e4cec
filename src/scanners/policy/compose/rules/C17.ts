import { limitRule } from '../limit.js'
import { type ComposeRule, composeMeta } from '../rule-kit.js'

/** CSG-C17: a service has no process-count limit. */
export const C17: ComposeRule = limitRule(
  composeMeta({
    concern: 'C17',
    title: 'PIDs limit missing',
    severity: 'MEDIUM',
    help: 'Without a PIDs limit a fork bomb in one container exhausts the host process table. Set pids_limit (or deploy.resources.limits.pids) to a few hundred.',
    peers: ['KICS:Pids Limit Not Set', 'CIS-5.28'],
    tags: ['CWE-400']
  }),
  { direct: ['pids_limit'], deploy: 'pids', what: 'process' }
)
