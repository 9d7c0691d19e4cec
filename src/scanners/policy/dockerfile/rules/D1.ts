import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { externalBase } from './base.js'

/** CSG-D1: a FROM line names an image without a tag or digest. */
export const rule = defineRule({
  id: 'CSG-D1',
  concern: 'D1',
  title: 'Base image has no tag (implicit latest)',
  severity: 'MEDIUM',
  precision: 'very-high',
  peers: ['DL3006', 'DS-0001', 'CKV_DOCKER_7'],
  tags: ['supply-chain'],
  docs: {
    why: 'Without a tag, Docker pulls `latest`: each build may get a different base image, so builds are not reproducible and an upstream change (or a compromised push) reaches your image unreviewed.',
    fix: 'Name a version tag, and better a digest: `FROM alpine:3.20@sha256:...`.',
    failing: 'FROM alpine\n',
    passing: 'FROM alpine:3.20\n',
    differences: [
      'Like Trivy, ARG defaults declared before the first FROM are expanded; a tag that comes only from a build argument without a default is not flagged, since its value is unknown.',
      "An ARG declared inside a stage is not used to expand a later FROM, following Docker's scoping (Trivy does use it); CSG-D4 reports such a FROM instead."
    ]
  },
  check(doc) {
    return hitsOf(doc.stages, (stage) => {
      const image = externalBase(stage)
      if (!image || image.tag !== undefined || image.digest) return undefined

      return [
        hitAt(
          doc,
          stage.from,
          `FROM ${stage.rawImage} has no tag, so it pulls whatever "latest" is at build time.`
        )
      ]
    })
  }
})
