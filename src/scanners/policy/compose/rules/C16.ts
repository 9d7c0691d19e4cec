import { limitRule } from '../limit.js'
import { type ComposeRule, composeMeta } from '../rule-kit.js'

/** CSG-C16: a service has no CPU limit. */
export const C16: ComposeRule = limitRule(
  composeMeta({
    concern: 'C16',
    title: 'CPU limit missing',
    severity: 'LOW',
    help: 'A service without a CPU limit can starve other containers on the host. Set deploy.resources.limits.cpus (or cpus).',
    peers: ['KICS:Cpus Not Limited', 'CIS-5.11'],
    tags: ['CWE-400']
  }),
  { direct: ['cpus', 'cpu_quota'], deploy: 'cpus', what: 'CPU' }
)
