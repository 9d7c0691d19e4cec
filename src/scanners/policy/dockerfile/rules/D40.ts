import { defineRule } from '../define.js'
import { finalStage, hitAt, stageLineage } from '../helpers.js'

/** CSG-D40: the final stage has no HEALTHCHECK. */
export const rule = defineRule({
  id: 'CSG-D40',
  concern: 'D40',
  title: 'Final stage has no HEALTHCHECK',
  severity: 'LOW',
  precision: 'medium',
  peers: ['DL3057', 'DS-0026', 'CKV_DOCKER_2'],
  tags: ['availability'],
  docs: {
    why: 'Without a health check the runtime only knows whether the process exists, not whether it works: a hung service keeps receiving traffic and is never restarted.',
    fix: 'Add a cheap probe to the final stage: `HEALTHCHECK CMD ["/app/healthcheck"]`. Orchestrators with their own probes (Kubernetes) can suppress this rule with a reason.',
    failing: 'FROM alpine:3.20\nCMD ["./app"]\n',
    passing:
      'FROM alpine:3.20\nHEALTHCHECK CMD ["./app", "--health"]\nCMD ["./app"]\n',
    differences: [
      'Only the final stage (and the stages it builds on) counts.',
      '`HEALTHCHECK NONE` is flagged too: it switches health checking off.'
    ]
  },
  check(doc) {
    const stage = finalStage(doc)
    if (!stage) return []
    for (const current of stageLineage(doc, stage)) {
      const checks = current.instructions.filter(
        (i) => i.keyword === 'HEALTHCHECK'
      )
      const last = checks[checks.length - 1]
      if (!last) continue
      if (last.args[0]?.toUpperCase() !== 'NONE') return []

      return [
        hitAt(doc, last, 'HEALTHCHECK NONE switches health checking off.')
      ]
    }

    return [hitAt(doc, stage.from, 'The final stage has no HEALTHCHECK.')]
  }
})
