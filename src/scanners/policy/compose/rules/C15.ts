import { limitRule } from '../limit.js'
import { type ComposeRule, composeMeta } from '../rule-kit.js'

/** CSG-C15: a service has no memory limit. */
export const C15: ComposeRule = limitRule(
  composeMeta({
    concern: 'C15',
    title: 'Memory limit missing',
    severity: 'MEDIUM',
    help: 'A service without a memory limit can exhaust the host memory and take down its neighbours (or be used to do so). Set deploy.resources.limits.memory (or mem_limit) to what the service needs.',
    peers: ['KICS:Memory Not Limited', 'CIS-5.10'],
    tags: ['CWE-400']
  }),
  { direct: ['mem_limit'], deploy: 'memory', what: 'memory' }
)
