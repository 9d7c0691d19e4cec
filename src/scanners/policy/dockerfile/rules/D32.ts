import { defineRule } from '../define.js'
import { hitAtCommand, hitsOf } from '../helpers.js'
import { packageNames, docPkgCommands } from './pkg.js'

/** CSG-D32: apk packages installed without a version. */
export const rule = defineRule({
  id: 'CSG-D32',
  concern: 'D32',
  title: 'apk package version not pinned',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['DL3018', 'Unpinned Package Version in Apk Add'],
  tags: ['reproducibility'],
  docs: {
    why: 'Unpinned packages make each build install whatever the repository has that day, so two builds of the same commit differ.',
    fix: 'Pin versions: `apk add --no-cache curl=8.9.1-r1` (or `curl~8.9` for a patch range).',
    failing: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
    passing: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1\n'
  },
  check(doc) {
    return hitsOf(docPkgCommands(doc), (c) => {
      if (c.manager !== 'apk' || c.sub !== 'add') return undefined
      const loose = packageNames(c).filter(
        (p) => !/[=~<>]/.test(p) && !p.endsWith('.apk')
      )

      return loose.length
        ? [
            hitAtCommand(
              doc,
              c.run,
              `apk adds ${loose.join(', ')} without a version (pin as name=version).`
            )
          ]
        : undefined
    })
  }
})
