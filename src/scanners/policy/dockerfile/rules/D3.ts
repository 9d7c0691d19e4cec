import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { externalBase } from './base.js'

/** CSG-D3: a base image is not pinned by digest (strict level). */
export const rule = defineRule({
  id: 'CSG-D3',
  concern: 'D3',
  title: 'Base image is not pinned by digest',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['dockerfile-source-not-pinned'],
  tags: ['supply-chain'],
  offByDefault: true,
  strict: true,
  docs: {
    why: 'A tag can be moved to other content at any time; only a digest names exactly the image that was reviewed and scanned. Digest pinning needs a bot (Dependabot, Renovate) to keep digests fresh, which is why this rule belongs to the `strict` level rather than being on for everyone.',
    fix: 'Add the digest after the tag: `FROM alpine:3.20@sha256:<digest>`, and let Renovate or Dependabot update it.',
    failing: 'FROM alpine:3.20\n',
    passing:
      'FROM alpine:3.20@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d\n',
    differences: [
      'No hadolint, Trivy, Checkov or KICS rule checks this; semgrep reports it at INFO.'
    ]
  },
  check(doc) {
    return hitsOf(doc.stages, (stage) => {
      const image = externalBase(stage)
      if (!image || image.digest) return undefined

      return [
        hitAt(
          doc,
          stage.from,
          `FROM ${image.text} is not pinned by digest; add @sha256:<digest>.`
        )
      ]
    })
  }
})
