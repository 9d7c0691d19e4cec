import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { externalBase } from './base.js'
import { matchesAllowedImage } from './registry.js'

/** CSG-D5-IMAGE: a base image is not on the allowed-images list. */
export const rule = defineRule({
  id: 'CSG-D5-IMAGE',
  concern: 'D5',
  title: 'Base image not on the allow-list',
  severity: 'HIGH',
  precision: 'very-high',
  peers: [],
  tags: ['supply-chain'],
  docs: {
    why: 'An organisation that maintains golden base images wants every image built on them, so that patching one base fixes every service. Any other base escapes that process.',
    fix: 'Build on an image matching `policy.allowedBaseImages` (glob patterns such as `ghcr.io/acme/base-*:*` or `alpine:3.*`), or add the image to the list after review. The rule does nothing until that list is set.',
    failing:
      '# with policy.allowedBaseImages: [ghcr.io/acme/*]\nFROM python:3.12\n',
    passing:
      '# with policy.allowedBaseImages: [ghcr.io/acme/*]\nFROM ghcr.io/acme/python:3.12\n',
    differences: [
      'No peer has an image allow-list. Patterns are matched against the image as written and in its full form (`docker.io/library/alpine:3.20`), case-insensitively.'
    ]
  },
  check(doc, { policy }) {
    if (policy.allowedBaseImages.length === 0) return []

    return hitsOf(doc.stages, (stage) => {
      const image = externalBase(stage)
      if (!image || matchesAllowedImage(image, policy.allowedBaseImages))
        return undefined

      return [
        hitAt(
          doc,
          stage.from,
          `FROM ${image.text} matches none of policy.allowedBaseImages (${policy.allowedBaseImages.join(', ')}).`
        )
      ]
    })
  }
})
