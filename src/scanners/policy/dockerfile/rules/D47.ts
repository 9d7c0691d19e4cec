import { defineRule } from '../define.js'
import { hitAtCommand, hitsOf, runCommands } from '../helpers.js'

/** CSG-D47: RUN chown/chmod -R after COPY instead of COPY --chown/--chmod. */
export const rule = defineRule({
  id: 'CSG-D47',
  concern: 'D47',
  title: 'RUN chown/chmod -R instead of COPY --chown/--chmod',
  severity: 'MEDIUM',
  precision: 'medium',
  peers: [],
  tags: ['image-size'],
  docs: {
    why: 'A recursive chown or chmod after COPY writes every file again into a new layer, doubling its size, and leaves a window where the files belong to root; COPY --chown/--chmod sets ownership as the files are written.',
    fix: 'Use `COPY --chown=10001:10001 --chmod=0755 src/ /app/` and drop the RUN.',
    failing: 'FROM node:22-slim\nCOPY . /app\nRUN chown -R node:node /app\n',
    passing: 'FROM node:22-slim\nCOPY --chown=node:node . /app\n',
    differences: [
      'KICS takes the opposite view (it reports `--chown` at LOW); the guide this project follows prefers the flag. Only a recursive chown/chmod after a COPY or ADD in the same stage is flagged.'
    ]
  },
  check(doc) {
    return hitsOf(runCommands(doc), (run) => {
      if (run.name !== 'chown' && run.name !== 'chmod') return undefined
      if (
        !run.argv
          .slice(1)
          .some(
            (a) => a === '-R' || a === '--recursive' || /^-[a-zA-Z]*R/.test(a)
          )
      )
        return undefined
      const stage = doc.stages[run.instruction.stage]
      const copied = stage?.instructions.some(
        (i) =>
          (i.keyword === 'COPY' || i.keyword === 'ADD') &&
          i.line < run.instruction.line
      )
      if (!copied) return undefined

      return [
        hitAtCommand(
          doc,
          run,
          `RUN ${run.name} -R rewrites copied files into a new layer; use COPY --${run.name} instead.`
        )
      ]
    })
  }
})
