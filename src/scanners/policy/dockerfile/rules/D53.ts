import { defineRule } from '../define.js'
import { finalStage, hitAt, stageLineage } from '../helpers.js'
import { pairsOf } from './vars.js'

/** CSG-D53: a label the policy requires is missing from the final stage. */
export const rule = defineRule({
  id: 'CSG-D53',
  concern: 'D53',
  title: 'Required label missing',
  severity: 'LOW',
  precision: 'very-high',
  peers: [
    'DL3048',
    'DL3049',
    'DL3050',
    'DL3051',
    'DL3052',
    'DL3053',
    'DL3054',
    'DL3055',
    'DL3056',
    'DL3058'
  ],
  tags: ['metadata'],
  docs: {
    why: 'Labels such as `org.opencontainers.image.source` and `.revision` let scanners, registries and incident responders trace an image back to its code and owner.',
    fix: 'Add each label listed in `policy.requiredLabels` to the final stage: `LABEL org.opencontainers.image.source="https://github.com/acme/api"`. The rule does nothing until that list is set.',
    failing:
      '# with policy.requiredLabels: [org.opencontainers.image.source]\nFROM alpine:3.20\n',
    passing:
      '# with policy.requiredLabels: [org.opencontainers.image.source]\nFROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/acme/api"\n',
    differences: [
      'Labels set in earlier stages the final stage builds on count; labels of the base image cannot be seen.'
    ]
  },
  check(doc, { policy }) {
    const stage = finalStage(doc)
    if (!stage || policy.requiredLabels.length === 0) return []
    const set = new Set(
      stageLineage(doc, stage).flatMap((s) =>
        s.instructions
          .filter((i) => i.keyword === 'LABEL')
          .flatMap((i) =>
            pairsOf(i).map((p) => p.name.replace(/^["']|["']$/g, ''))
          )
      )
    )
    const missing = policy.requiredLabels.filter((label) => !set.has(label))

    return missing.map((label) =>
      hitAt(
        doc,
        stage.from,
        `The final stage does not set the required label ${label}.`,
        label
      )
    )
  }
})
