import { describe, it } from '@jest/globals'
import type { PolicyConfig } from '../../../../../src/config/config.js'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D5-IMAGE.js'
import { catches, defaultPolicy, doesNotCatch } from './helper.js'

const allowed: PolicyConfig = {
  ...defaultPolicy,
  allowedBaseImages: ['ghcr.io/acme/*', 'alpine:3.*']
}

describe('CSG-D5-IMAGE base image not on the allow-list', () => {
  it('does nothing until policy.allowedBaseImages is set', () => {
    doesNotCatch(rule, 'FROM python:3.12\n')
  })
  it('flags images no pattern matches, stage by stage', () => {
    catches(rule, 'FROM python:3.12\n', [1], allowed)
    catches(
      rule,
      'FROM alpine:3.20\nFROM alpine:edge\nFROM ghcr.io/acme/py:1\nFROM alpine\n',
      [2, 4],
      allowed
    )
  })
  it('keeps `*` within one path part', () => {
    catches(rule, 'FROM ghcr.io/acme/sub/py:1\n', [1], allowed)
  })
  it('flags ARG-expanded and multi-line FROMs', () => {
    catches(rule, 'ARG V=edge\nFROM alpine:${V}\n', [2], allowed)
    catches(rule, 'FROM \\\n  python:3.12 \\\n  AS app\n', [1], allowed)
  })
  it('matches the image as written and in its full form, in any case', () => {
    doesNotCatch(
      rule,
      'FROM docker.io/library/alpine:3.20\nFROM library/alpine:3.20\nFROM ALPINE:3.19\n',
      allowed
    )
    doesNotCatch(rule, 'FROM alpine:3.20\n', {
      ...defaultPolicy,
      allowedBaseImages: ['docker.io/library/*']
    })
  })
  it('matches images pinned by digest on their name and tag', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20@sha256:abc\nFROM ghcr.io/acme/py:1@sha256:abc\n',
      allowed
    )
  })
  it('passes stages, scratch and ARG defaults that match', () => {
    doesNotCatch(rule, 'FROM alpine:3.20 AS b\nFROM b\nFROM scratch\n', allowed)
    doesNotCatch(rule, 'ARG V=3.18\nFROM alpine:${V}\n', allowed)
  })
})
