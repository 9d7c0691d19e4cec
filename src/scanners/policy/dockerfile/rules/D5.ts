import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { externalName } from './base.js'
import { fromTrustedRegistry } from './registry.js'

/** CSG-D5: a base image comes from a registry not on the trusted list. */
export const rule = defineRule({
  id: 'CSG-D5',
  concern: 'D5',
  title: 'Base image from an untrusted registry',
  severity: 'HIGH',
  precision: 'very-high',
  peers: ['DL3026'],
  tags: ['supply-chain'],
  docs: {
    why: 'A base image is code that runs as part of every container built on it. Images from registries your organisation has not vetted may be typo-squatted, abandoned or malicious.',
    fix: 'Use images from a registry listed in `policy.trustedRegistries` (e.g. `ghcr.io/acme`, `docker.io/library`), or mirror the image into one. The rule does nothing until that list is set.',
    failing:
      '# with policy.trustedRegistries: [ghcr.io/acme]\nFROM docker.io/someone/base:1.0\n',
    passing:
      '# with policy.trustedRegistries: [ghcr.io/acme]\nFROM ghcr.io/acme/base:1.0\n',
    differences: [
      'Entries may name a registry (`ghcr.io`) or a registry and path prefix (`docker.io/library`); hadolint DL3026 matches registries only. Images without a registry are `docker.io/library/...` or `docker.io/<user>/...`, as Docker resolves them; `index.docker.io` and `registry-1.docker.io` are `docker.io`.',
      'A tag or digest given by a build argument without a default does not hide the image: its registry and repository are checked all the same.'
    ]
  },
  check(doc, { policy }) {
    if (policy.trustedRegistries.length === 0) return []

    return hitsOf(doc.stages, (stage) => {
      const image = externalName(stage)
      if (!image || fromTrustedRegistry(image, policy.trustedRegistries))
        return undefined

      return [
        hitAt(
          doc,
          stage.from,
          `FROM ${image.text} comes from ${image.registry}/${image.repository}, which is not in policy.trustedRegistries (${policy.trustedRegistries.join(', ')}).`
        )
      ]
    })
  }
})
