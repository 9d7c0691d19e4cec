import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'

/** CSG-D59: consecutive RUN instructions that could be one (off by default). */
export const rule = defineRule({
  id: 'CSG-D59',
  concern: 'D59',
  title: 'Consecutive RUN instructions',
  severity: 'LOW',
  precision: 'medium',
  peers: ['DL3059', 'multiple_run_add_copy_instructions_listed'],
  tags: ['image-size'],
  offByDefault: true,
  docs: {
    why: 'Each RUN makes a layer; files created in one and deleted in the next still cost space. Merging related steps keeps images smaller, at some cost in cache reuse, so this rule is off by default.',
    fix: 'Join related steps with `&&` in one RUN.',
    failing:
      'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n',
    passing: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n'
  },
  check(doc) {
    return hitsOf(doc.stages, (stage) =>
      hitsOf(stage.instructions, (i, k) => {
        const previous = stage.instructions[k - 1]
        if (i.keyword !== 'RUN' || previous?.keyword !== 'RUN') return undefined
        const sameFlags =
          JSON.stringify(i.flags) === JSON.stringify(previous.flags)

        return sameFlags
          ? [
              hitAt(
                doc,
                i,
                'This RUN follows another RUN and could be merged with it.'
              )
            ]
          : undefined
      })
    )
  }
})
