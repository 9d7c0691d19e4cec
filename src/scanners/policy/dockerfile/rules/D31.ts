import { defineRule } from '../define.js'
import { hitAtCommand } from '../helpers.js'
import { docPkgCommands } from './pkg.js'

/** CSG-D31: apk add without --no-cache. */
export const rule = defineRule({
  id: 'CSG-D31',
  concern: 'D31',
  title: 'apk add without --no-cache',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['DL3019', 'DS-0025', 'missing-apk-no-cache'],
  tags: ['image-size'],
  docs: {
    why: 'Without `--no-cache`, apk keeps its index in /var/cache/apk inside the layer: wasted space and stale data in the image.',
    fix: 'Use `apk add --no-cache <packages>` (it also makes a separate `apk update` unnecessary).',
    failing: 'FROM alpine:3.20\nRUN apk add curl\n',
    passing: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
    differences: ['A cache mount on /var/cache/apk counts as cleanup.']
  },
  check(doc) {
    return docPkgCommands(doc)
      .filter(
        (c) =>
          c.manager === 'apk' &&
          c.sub === 'add' &&
          !c.options.includes('--no-cache')
      )
      .filter(
        (c) =>
          !c.run.instruction.flags.some(
            (f) => f.name === 'mount' && /\/var\/cache\/apk/.test(f.value ?? '')
          )
      )
      .map((c) =>
        hitAtCommand(
          doc,
          c.run,
          'apk add runs without --no-cache, leaving its index in the layer.'
        )
      )
  }
})
