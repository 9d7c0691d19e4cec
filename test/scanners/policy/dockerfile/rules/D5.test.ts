import { describe, expect, it } from '@jest/globals'
import type { PolicyConfig } from '../../../../../src/config/config.js'
import { parseDockerfile } from '../../../../../src/scanners/policy/dockerfile/model.js'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D5.js'
import { catches, defaultPolicy, doesNotCatch } from './helper.js'

const trusted: PolicyConfig = {
  ...defaultPolicy,
  trustedRegistries: ['ghcr.io/acme', 'docker.io/library']
}

describe('CSG-D5 base image from an untrusted registry', () => {
  it('does nothing until policy.trustedRegistries is set', () => {
    doesNotCatch(rule, 'FROM docker.io/someone/base:1.0\n')
  })
  it('flags registries and paths outside the list', () => {
    catches(
      rule,
      'FROM someone/base:1.0\nFROM alpine:3.20\nFROM ghcr.io/acme/x:1\nFROM ghcr.io/other/x:1\n',
      [1, 4],
      trusted
    )
  })
  it('matches whole path parts, not string prefixes', () => {
    catches(rule, 'FROM ghcr.io/acmeevil/x:1\n', [1], trusted)
  })
  it('flags ARG-expanded, multi-line and --platform FROMs', () => {
    catches(
      rule,
      'ARG REG=quay.io\nFROM ${REG}/org/img:1 AS a\nFROM a\nFROM scratch\n',
      [2],
      trusted
    )
    catches(rule, 'FROM \\\n  quay.io/x/y:1 \\\n  AS b\n', [1], trusted)
    catches(
      rule,
      'FROM --platform=$BUILDPLATFORM quay.io/x/y:1\n',
      [1],
      trusted
    )
  })
  it('passes listed registries in any case, with or without a slash', () => {
    doesNotCatch(rule, 'FROM GHCR.IO/Acme/x:1\nFROM ghcr.io/acme\n', trusted)
    doesNotCatch(rule, 'FROM ghcr.io/acme/x:1\n', {
      ...defaultPolicy,
      trustedRegistries: ['ghcr.io/acme/']
    })
  })
  it('resolves images without a registry as Docker does', () => {
    doesNotCatch(
      rule,
      'FROM docker.io/library/alpine:3.20\nFROM library/alpine:3\nFROM alpine\n',
      trusted
    )
    doesNotCatch(rule, 'FROM localhost:5000/x:1\n', {
      ...defaultPolicy,
      trustedRegistries: ['localhost:5000']
    })
  })
  it('passes stages, scratch and a FROM left empty by an unset ARG', () => {
    doesNotCatch(
      rule,
      'FROM ghcr.io/acme/b:1 AS b\nFROM b\nFROM scratch\nARG IMG\n',
      trusted
    )
    doesNotCatch(rule, 'ARG IMG\nFROM ${IMG}\n', trusted)
  })
  it('names the repository and the list in its message', () => {
    const doc = parseDockerfile('FROM quay.io/x/y:1\n')
    const [hit] = rule.check(doc, { path: 'Dockerfile', policy: trusted })

    expect(hit?.message).toContain('quay.io/x/y')
    expect(hit?.message).toContain('(ghcr.io/acme, docker.io/library)')
  })
  // The registry does not depend on the tag: `ARG VERSION` without a
  // default, passed by CI, is a common way to write FROM.
  it('flags an untrusted registry whose tag is an unset ARG', () => {
    catches(rule, 'ARG VERSION\nFROM quay.io/evil/x:${VERSION}\n', [2], trusted)
    catches(rule, 'ARG D\nFROM quay.io/evil/x@${D}\n', [2], trusted)
  })
  it('passes an image whose name part comes from an unset ARG', () => {
    doesNotCatch(rule, 'ARG REG\nFROM ${REG}/x/y:1\n', trusted)
    doesNotCatch(rule, 'ARG IMG\nFROM ${IMG}:1\n', trusted)
  })
  // Docker normalises the legacy `index.docker.io` to `docker.io`, so this
  // is docker.io/library/alpine, which the list trusts.
  it('treats index.docker.io as docker.io', () => {
    doesNotCatch(rule, 'FROM index.docker.io/library/alpine:3\n', trusted)
    doesNotCatch(rule, 'FROM registry-1.docker.io/library/alpine:3\n', trusted)
    catches(rule, 'FROM index.docker.io/someone/x:3\n', [1], trusted)
  })
})
