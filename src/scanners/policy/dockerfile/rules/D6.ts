import { defineRule } from '../define.js'
import { finalStage, hitAt, stageLineage } from '../helpers.js'

const MINIMAL = [
  /distroless/,
  /alpine/,
  /slim/,
  /^scratch$/,
  /chainguard/,
  /^cgr\.dev\//,
  /wolfi/,
  /ubi\d*-(minimal|micro)/,
  /busybox/,
  // Ubuntu without shell or package manager (Microsoft's .NET images,
  // Canonical's chiselled ones).
  /chisell?ed/,
  /static/,
  /-minimal\b/,
  /\bmicro\b/
]

/** CSG-D6: the final stage is built on a full distribution image. */
export const rule = defineRule({
  id: 'CSG-D6',
  concern: 'D6',
  title: 'Final stage does not use a minimal base image',
  severity: 'LOW',
  precision: 'medium',
  peers: [],
  tags: ['attack-surface'],
  docs: {
    why: 'Every package in the final image is attack surface and a source of vulnerability findings: full distributions ship shells, package managers and hundreds of libraries the application never uses.',
    fix: 'Build in a full image and copy the result into a minimal one: distroless, `-slim`, Alpine, Chainguard/Wolfi, UBI minimal/micro, chiseled Ubuntu, or `scratch` for static binaries.',
    failing: 'FROM golang:1.22\nCOPY . .\nRUN go build -o /app\n',
    passing:
      'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\n',
    differences: [
      'No peer checks this; the list of minimal images is a name heuristic (distroless, slim, alpine, scratch, chainguard, wolfi, ubi-minimal/micro, busybox, static, chiseled Ubuntu).'
    ]
  },
  check(doc) {
    const stage = finalStage(doc)
    if (!stage) return []
    const root = stageLineage(doc, stage).pop() ?? stage
    const name =
      `${root.image.registry}/${root.image.repository}:${root.image.tag ?? ''}`.toLowerCase()
    if (root.image.text === '' || root.image.text.includes('$')) return []
    if (
      MINIMAL.some(
        (re) => re.test(name) || re.test(root.image.text.toLowerCase())
      )
    )
      return []

    return [
      hitAt(
        doc,
        root.from,
        `The final image is built on ${root.image.text}, a full distribution; use a minimal base (distroless, -slim, alpine, scratch).`
      )
    ]
  }
})
