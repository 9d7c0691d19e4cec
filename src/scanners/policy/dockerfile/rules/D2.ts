import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { externalBase } from './base.js'

/** CSG-D2: a FROM line names the `latest` tag. */
export const rule = defineRule({
  id: 'CSG-D2',
  concern: 'D2',
  title: 'Base image uses the latest tag',
  severity: 'MEDIUM',
  precision: 'very-high',
  peers: ['DL3007', 'DS-0001', 'CKV_DOCKER_7'],
  tags: ['supply-chain'],
  docs: {
    why: '`latest` moves: each build may get a different base image, so builds are not reproducible and an upstream change (or a compromised push) reaches your image unreviewed.',
    fix: 'Name a version tag, and better a digest: `FROM node:22-slim@sha256:...`.',
    failing: 'FROM node:latest\n',
    passing: 'FROM node:22-slim\n',
    differences: [
      'An image pinned by digest (`name:latest@sha256:...`) is not flagged: the digest fixes the content whatever the tag says (hadolint agrees; Trivy flags it).'
    ]
  },
  check(doc) {
    return hitsOf(doc.stages, (stage) => {
      const image = externalBase(stage)
      if (image?.tag?.toLowerCase() !== 'latest' || image.digest)
        return undefined

      return [
        hitAt(
          doc,
          stage.from,
          `FROM ${image.text} uses the "latest" tag, which changes under you.`
        )
      ]
    })
  }
})
