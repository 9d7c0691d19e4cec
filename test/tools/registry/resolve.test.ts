import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { RecordingLogger } from '../../../src/logging.js'
import { resolveDigest } from '../../../src/tools/registry/resolve.js'
import {
  INSTALL_COMMAND,
  missingBinaries,
  startLoopbackRegistry,
  type LoopbackRegistry
} from './debian-registry.js'
import { startTokenRegistry } from './token-server.js'

const missing = missingBinaries()
const withRegistry = missing.length === 0 ? describe : describe.skip
if (missing.length > 0) {
  // Said once, plainly, so a skipped suite is never mistaken for a pass.
  console.warn(
    `Skipping the Debian registry tests: ${missing.join(', ')} not installed. Install with: ${INSTALL_COMMAND}`
  )
}

withRegistry('resolveDigest against a real registry on loopback', () => {
  let registry: LoopbackRegistry
  let digest: string

  beforeAll(async () => {
    registry = await startLoopbackRegistry()
    digest = await registry.push('acme/app', '1', 'one')
  }, 30_000)

  afterAll(async () => {
    await registry?.stop()
  })

  it('resolves a tag to the digest skopeo reports, and warns the tag can move', async () => {
    const logger = new RecordingLogger()
    const resolved = await resolveDigest(`${registry.host}/acme/app:1`, {
      logger
    })

    expect(resolved).toEqual({
      ref: `${registry.host}/acme/app@${digest}`,
      digest
    })
    expect(logger.lines).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('names a tag')
      })
    )
  })

  it('follows the tag when it moves to other content', async () => {
    const moved = await registry.push('acme/app', '1', 'two')
    const resolved = await resolveDigest(`${registry.host}/acme/app:1`, {
      logger: new RecordingLogger()
    })

    expect(moved).not.toBe(digest)
    expect(resolved.digest).toBe(moved)
  })

  it('says an unknown tag was not found, naming the image', async () => {
    await expect(
      resolveDigest(`${registry.host}/acme/app:nope`, {
        logger: new RecordingLogger()
      })
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('acme/app:nope was not found')
    })
  })
})

describe('resolveDigest with a bearer-token registry', () => {
  const PASSWORD = 'reg-Pass-5e1d'
  const TOKEN = 'tok-3b9f0c77'

  it('gets a token with basic credentials from the environment and keeps both out of the log', async () => {
    const server = await startTokenRegistry('robot', PASSWORD, TOKEN)
    const logger = new RecordingLogger()
    try {
      const resolved = await resolveDigest(`${server.host}/acme/app:1.0`, {
        logger,
        env: { REGISTRY_USERNAME: 'robot', REGISTRY_PASSWORD: PASSWORD }
      })
      logger.debug(`leak check: ${PASSWORD} ${TOKEN}`)

      expect(resolved.digest).toBe(server.digest)
      expect(
        server.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)
      ).toEqual([
        'HEAD /v2/acme/app/manifests/1.0',
        'GET /token',
        'HEAD /v2/acme/app/manifests/1.0'
      ])
      expect(logger.text()).not.toContain(PASSWORD)
      expect(logger.text()).not.toContain(TOKEN)
    } finally {
      await server.close()
    }
  })

  it('hashes the manifest when HEAD leaves the digest header off', async () => {
    const server = await startTokenRegistry('robot', PASSWORD, TOKEN, true)
    try {
      const resolved = await resolveDigest(`${server.host}/acme/app:1.0`, {
        logger: new RecordingLogger(),
        env: { REGISTRY_USERNAME: 'robot', REGISTRY_PASSWORD: PASSWORD }
      })

      expect(resolved.digest).toBe(server.digest)
      expect(server.requests.at(-1)?.method).toBe('GET')
    } finally {
      await server.close()
    }
  })

  it('reports refused access as a registry auth error', async () => {
    const server = await startTokenRegistry('robot', PASSWORD, TOKEN)
    try {
      await expect(
        resolveDigest(`${server.host}/acme/app:1.0`, {
          logger: new RecordingLogger(),
          env: { REGISTRY_USERNAME: 'robot', REGISTRY_PASSWORD: 'wrong' }
        })
      ).rejects.toMatchObject({
        code: 'REGISTRY_AUTH',
        message: expect.stringMatching(/HTTP 401/)
      })
    } finally {
      await server.close()
    }
  })

  it('sends no credentials to a registry other than REGISTRY_HOST', async () => {
    const server = await startTokenRegistry('robot', PASSWORD, TOKEN)
    try {
      await expect(
        resolveDigest(`${server.host}/acme/app:1.0`, {
          logger: new RecordingLogger(),
          env: {
            REGISTRY_USERNAME: 'robot',
            REGISTRY_PASSWORD: PASSWORD,
            REGISTRY_HOST: 'ghcr.io'
          }
        })
      ).rejects.toMatchObject({ code: 'REGISTRY_AUTH' })
      expect(
        server.requests.every((r) => !r.authorization?.startsWith('Basic'))
      ).toBe(true)
    } finally {
      await server.close()
    }
  })

  it('returns a reference that has a digest without asking anyone', async () => {
    const digest = 'sha256:' + 'e'.repeat(64)

    expect(
      await resolveDigest(`alpine@${digest}`, { logger: new RecordingLogger() })
    ).toEqual({
      ref: `docker.io/library/alpine@${digest}`,
      digest
    })
  })

  it('says a registry that does not answer could not be reached', async () => {
    await expect(
      resolveDigest('127.0.0.1:9/acme/app:1', {
        logger: new RecordingLogger(),
        timeoutMs: 2000
      })
    ).rejects.toMatchObject({
      code: 'NETWORK',
      message: expect.stringContaining(
        'Could not reach http://127.0.0.1:9/v2/acme/app/manifests/1'
      )
    })
  })
})
