import type { RuleHit } from '../../rule.js'
import { defineRule } from '../define.js'
import { hitAt } from '../helpers.js'

const ONCE = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK'])

/** CSG-D41: more than one CMD, ENTRYPOINT or HEALTHCHECK in a stage. */
export const rule = defineRule({
  id: 'CSG-D41',
  concern: 'D41',
  title: 'Multiple CMD, ENTRYPOINT or HEALTHCHECK in a stage',
  severity: 'LOW',
  precision: 'very-high',
  peers: [
    'DL4003',
    'DL4004',
    'DL3012',
    'DS-0016',
    'DS-0007',
    'DS-0023',
    'MultipleInstructionsDisallowed'
  ],
  tags: ['correctness'],
  docs: {
    why: 'Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect; earlier ones mislead the reader about how the container starts or is checked.',
    fix: 'Keep one of each per stage and delete the others.',
    failing: 'FROM alpine:3.20\nCMD ["./a"]\nCMD ["./b"]\n',
    passing: 'FROM alpine:3.20\nCMD ["./b"]\n',
    differences: [
      'Each extra instruction after the first is reported on its own line.'
    ]
  },
  check(doc) {
    const hits: RuleHit[] = []
    for (const stage of doc.stages) {
      const seen = new Set<string>()
      for (const i of stage.instructions) {
        if (!ONCE.has(i.keyword)) continue
        if (!seen.has(i.keyword)) seen.add(i.keyword)
        else
          hits.push(
            hitAt(
              doc,
              i,
              `This stage has more than one ${i.keyword}; only the last takes effect.`
            )
          )
      }
    }

    return hits.sort((a, b) => a.region.startLine - b.region.startLine)
  }
})
