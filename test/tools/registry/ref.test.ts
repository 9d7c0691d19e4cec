import { describe, expect, it } from '@jest/globals'

import { UserError } from '../../../src/errors.js'
import {
  formatImageRef,
  parseImageRef
} from '../../../src/tools/registry/ref.js'

const D = 'sha256:' + 'a'.repeat(64)

describe('parseImageRef', () => {
  it.each([
    [
      'alpine',
      { registry: 'docker.io', repository: 'library/alpine', tag: 'latest' }
    ],
    [
      'alpine:3.20',
      { registry: 'docker.io', repository: 'library/alpine', tag: '3.20' }
    ],
    [
      'bitnami/nginx:1',
      { registry: 'docker.io', repository: 'bitnami/nginx', tag: '1' }
    ],
    [
      'index.docker.io/library/node:20',
      { registry: 'docker.io', repository: 'library/node', tag: '20' }
    ],
    [
      'ghcr.io/acme/api/worker:v1.2.3',
      { registry: 'ghcr.io', repository: 'acme/api/worker', tag: 'v1.2.3' }
    ],
    [
      'localhost:5000/app',
      { registry: 'localhost:5000', repository: 'app', tag: 'latest' }
    ],
    [
      '127.0.0.1:5000/x/y:1',
      { registry: '127.0.0.1:5000', repository: 'x/y', tag: '1' }
    ],
    [
      `gcr.io/distroless/static@${D}`,
      {
        registry: 'gcr.io',
        repository: 'distroless/static',
        tag: undefined,
        digest: D
      }
    ],
    [
      `nginx:1.27@${D}`,
      {
        registry: 'docker.io',
        repository: 'library/nginx',
        tag: '1.27',
        digest: D
      }
    ]
  ])('%s', (ref, expected) => {
    expect(parseImageRef(ref)).toEqual({ digest: undefined, ...expected })
  })

  it.each([
    'UPPER/case',
    'ghcr.io/acme/api:bad tag',
    'alpine@sha256:xyz',
    '',
    'a@b@c'
  ])('rejects %p with the accepted form', (ref) => {
    expect(() => parseImageRef(ref)).toThrow(UserError)
    expect(() => parseImageRef(ref)).toThrow(
      /accepted: \[registry\[:port\]\/\]name/
    )
  })

  it('writes the canonical form back', () => {
    expect(formatImageRef(parseImageRef('nginx:1.27'))).toBe(
      'docker.io/library/nginx:1.27'
    )
  })
})
