import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import type { DockerfileDoc, Stage } from '../model.js'

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

// What no valid image reference looks like: empty, or a part left empty
// (`alpine:`, `/app:1`, `ghcr.io//x`).
const BROKEN = /^$|^[:@/]|[:@/]$|\/\/|[:/]@|\/:/

// Global ARGs declared with an empty default (`ARG TAG=`) that the FROM
// line uses, when they leave it no valid reference (BuildKit's
// InvalidDefaultArgInFrom); an empty optional suffix is fine.
function emptyArgs(doc: DockerfileDoc, stage: Stage): string[] {
  if (!stage.rawImage.includes('$') || !BROKEN.test(stage.image.text)) return []

  const names: string[] = []
  for (const [name, value] of doc.globalArgs) {
    if (value === '' && usesArg(stage.rawImage, name)) names.push(name)
  }

  return names
}

// `$NAME` or `${NAME...}`; ARG names that are not identifiers never expand.
function usesArg(text: string, name: string): boolean {
  if (!/^[A-Za-z_]\w*$/.test(name)) return false

  return new RegExp(`\\$\\{?${name}(?!\\w)`).test(text)
}

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
    passing: 'ARG TAG=3.20\nFROM alpine:${TAG}\n',
    differences: [
      'An empty default (`ARG TAG=`) is reported when it leaves no valid image reference (`alpine:`), as BuildKit does; an empty optional suffix (`alpine:3.20${SUFFIX}`) is not.'
    ]
  },
  check(doc) {
    return hitsOf(doc.stages, (stage) => {
      const names = [
        ...stage.undefinedArgs.filter((n) => !AUTOMATIC.has(n)),
        ...emptyArgs(doc, stage)
      ]
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
