import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'

// BuildKit sets these automatically; they need no ARG.
const AUTOMATIC = new Set([
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT'
])

/** CSG-D4: a FROM line uses an ARG that is undeclared or has no default. */
export const rule = defineRule({
  id: 'CSG-D4',
  concern: 'D4',
  title: 'FROM uses an undeclared or empty build argument',
  severity: 'LOW',
  precision: 'high',
  peers: ['UndefinedArgInFrom', 'InvalidDefaultArgInFrom'],
  tags: ['correctness'],
  docs: {
    why: 'A build argument in FROM that is not declared before the first FROM, or has no default, expands to nothing unless every build passes it: the base image then silently changes or the build breaks, and scanners cannot tell which image is used.',
    fix: 'Declare the argument before the first FROM with a sensible default: `ARG BASE=alpine:3.20` then `FROM ${BASE}`.',
    failing: 'ARG TAG\nFROM alpine:${TAG}\n',
    passing: 'ARG TAG=3.20\nFROM alpine:${TAG}\n'
  },
  check(doc) {
    return hitsOf(doc.stages, (stage) => {
      const names = stage.undefinedArgs.filter((n) => !AUTOMATIC.has(n))
      if (names.length === 0) return undefined

      return [
        hitAt(
          doc,
          stage.from,
          `FROM ${stage.rawImage} uses ${names.join(', ')}, which has no value unless passed with --build-arg.`
        )
      ]
    })
  }
})
