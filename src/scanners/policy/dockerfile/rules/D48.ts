import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { unquote } from './add.js'

/** CSG-D48: COPY --from copies a stage's whole filesystem. */
export const rule = defineRule({
  id: 'CSG-D48',
  concern: 'D48',
  title: 'COPY --from copies a whole filesystem',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['DL3067'],
  tags: ['attack-surface'],
  docs: {
    why: 'Copying `/` from another stage brings its whole filesystem (compilers, caches, package databases) into this one, undoing the point of a multi-stage build.',
    fix: 'Copy only the paths you need: `COPY --from=build /out/app /app/`.',
    failing:
      'FROM golang:1.22 AS build\nRUN go build -o /out/app\nFROM scratch\nCOPY --from=build / /\n',
    passing:
      'FROM golang:1.22 AS build\nRUN go build -o /out/app\nFROM scratch\nCOPY --from=build /out/app /app\n'
  },
  check(doc) {
    return hitsOf(doc.instructions, (i) => {
      if (i.keyword !== 'COPY' || !i.flags.some((f) => f.name === 'from'))
        return undefined
      const sources = (i.json ?? i.args.map(unquote)).slice(0, -1)

      return sources.some((s) => s === '/' || s === '/.' || s === '/*')
        ? [
            hitAt(
              doc,
              i,
              'COPY --from copies the whole filesystem of the other stage; copy only what you need.'
            )
          ]
        : undefined
    })
  }
})
