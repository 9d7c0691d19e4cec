import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'

import type { ToolsConfig } from '../../../src/config/config.js'
import { RecordingLogger } from '../../../src/logging.js'
import { FolderToolCache } from '../../../src/tools/install/cache.js'
import { InstallingToolResolver } from '../../../src/tools/install/resolver.js'
import type { Platform } from '../../../src/tools/install/platform.js'
import { runTool } from '../../../src/tools/run.js'
import { buildArchive, checksumsLine, fakeToolScript } from './archives.js'
import { startReleaseServer, type ReleaseServer } from './release-server.js'

const V = '9.9.9'
const LINUX: Platform = { os: 'linux', arch: 'amd64' }
const TRIVY_DIR = `/aquasecurity/trivy/releases/download/v${V}`
const TRIVY_ASSET = `trivy_${V}_Linux-64bit.tar.gz`
const TRIVY_SUMS = `${TRIVY_DIR}/trivy_${V}_checksums.txt`

let server: ReleaseServer
let work: string
let emptyPath: string
let trivyTar: Buffer

beforeAll(async () => {
  server = await startReleaseServer()
  trivyTar = await buildArchive('tar.gz', {
    trivy: fakeToolScript('trivy', V),
    LICENSE: 'Apache-2.0\n'
  })
})

afterAll(async () => {
  await server.close()
})

beforeEach(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'csg-install-'))
  emptyPath = path.join(work, 'empty-bin')
  server.routes.clear()
  server.hits.clear()
  server.routes.set(`${TRIVY_DIR}/${TRIVY_ASSET}`, {
    kind: 'file',
    body: trivyTar
  })
  server.routes.set(TRIVY_SUMS, {
    kind: 'file',
    body: Buffer.from(
      checksumsLine('trivy_9.9.9_Linux-ARM64.tar.gz', Buffer.from('x')) +
        checksumsLine(TRIVY_ASSET, trivyTar)
    )
  })
})

afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

function resolver(
  over: Partial<ToolsConfig> = {},
  platform = LINUX,
  pathDir = emptyPath
) {
  const logger = new RecordingLogger()
  const tools: ToolsConfig = {
    trivyVersion: V,
    cosignVersion: V,
    downloadBaseUrl: server.baseUrl,
    ...over
  }
  const r = new InstallingToolResolver({
    tools,
    cache: new FolderToolCache(path.join(work, 'cache')),
    logger,
    platform,
    env: { PATH: pathDir },
    download: { timeoutMs: 1500, retries: 1, backoffMs: 10 }
  })

  return { r, logger }
}

// Everything in the cache, to prove nothing half-installed is left.
async function cacheFiles(): Promise<string[]> {
  try {
    return (await readdir(path.join(work, 'cache'), { recursive: true }))
      .map(String)
      .sort()
  } catch {
    return []
  }
}

describe('InstallingToolResolver', () => {
  it('installs a verified Trivy release and runs it', async () => {
    const { r } = resolver()
    const binary = await r.resolve('trivy')

    expect(binary).toBe(path.join(work, 'cache', 'trivy', V, 'amd64', 'trivy'))
    const result = await runTool(binary, {
      tool: 'trivy',
      args: ['--version'],
      timeoutMs: 10_000,
      logger: new RecordingLogger()
    })
    expect(result.stdout.trim()).toBe(`Version: ${V}`)
  })

  it('downloads nothing the second time: the cache answers', async () => {
    await resolver().r.resolve('trivy')
    const first = server.totalHits()
    const { r, logger } = resolver()
    await r.resolve('trivy')

    expect(first).toBe(2)
    expect(server.totalHits()).toBe(first)
    expect(logger.text()).toContain('using cached')
  })

  it('installs cosign, a bare binary, for Windows with its .exe name', async () => {
    const exe = Buffer.from('MZ fake windows binary')
    const dir = `/sigstore/cosign/releases/download/v${V}`
    server.routes.set(`${dir}/cosign-windows-amd64.exe`, {
      kind: 'file',
      body: exe
    })
    server.routes.set(`${dir}/cosign_checksums.txt`, {
      kind: 'file',
      body: Buffer.from(checksumsLine('cosign-windows-amd64.exe', exe))
    })
    const { r } = resolver({}, { os: 'windows', arch: 'arm64' })
    const binary = await r.resolve('cosign')

    expect(path.basename(binary)).toBe('cosign.exe')
    expect(await readFile(binary)).toEqual(exe)
  })

  it('unpacks a Windows zip release', async () => {
    const zip = await buildArchive('zip', {
      'trivy.exe': 'MZ trivy',
      'README.md': 'hi'
    })
    const name = `trivy_${V}_windows-64bit.zip`
    server.routes.set(`${TRIVY_DIR}/${name}`, { kind: 'file', body: zip })
    server.routes.set(TRIVY_SUMS, {
      kind: 'file',
      body: Buffer.from(checksumsLine(name, zip))
    })
    const binary = await resolver(
      {},
      { os: 'windows', arch: 'amd64' }
    ).r.resolve('trivy')

    expect((await readFile(binary)).toString()).toBe('MZ trivy')
  })

  it('uses a tool already on PATH at an acceptable version', async () => {
    const bin = path.join(work, 'bin')
    await mkdir(bin)
    await writeFile(
      path.join(bin, 'trivy'),
      fakeToolScript('trivy', '9.9.12'),
      {
        mode: 0o755
      }
    )

    expect(await resolver({}, LINUX, bin).r.resolve('trivy')).toBe(
      path.join(bin, 'trivy')
    )
    expect(server.totalHits()).toBe(0)
  })

  it('installs its own when the one on PATH is too old', async () => {
    const bin = path.join(work, 'bin')
    await mkdir(bin)
    await writeFile(path.join(bin, 'trivy'), fakeToolScript('trivy', '9.8.0'), {
      mode: 0o755
    })
    const { r, logger } = resolver({}, LINUX, bin)

    expect(await r.resolve('trivy')).toContain(path.join('cache', 'trivy'))
    expect(logger.text()).toMatch(/is version 9\.8\.0, wanted 9\.9\.9/)
  })

  describe('when the download is bad', () => {
    it('refuses a tampered archive and says what was expected and got', async () => {
      server.routes.set(`${TRIVY_DIR}/${TRIVY_ASSET}`, {
        kind: 'file',
        body: Buffer.concat([trivyTar, Buffer.from('evil')])
      })

      await expect(resolver().r.resolve('trivy')).rejects.toMatchObject({
        code: 'INSTALL_FAILED',
        message: expect.stringMatching(
          /Checksum mismatch for http:\/\/127\.0\.0\.1:\d+\/.*trivy_9\.9\.9_Linux-64bit\.tar\.gz: expected SHA-256 [0-9a-f]{64} \(trivy_9\.9\.9_checksums\.txt\), got [0-9a-f]{64}/
        )
      })
      expect(await cacheFiles()).toEqual([])
    })

    it('refuses a default version whose download does not match the pinned sum', async () => {
      const dir = '/aquasecurity/trivy/releases/download/v0.69.3'
      server.routes.set(`${dir}/trivy_0.69.3_Linux-64bit.tar.gz`, {
        kind: 'file',
        body: trivyTar
      })

      await expect(
        resolver({ trivyVersion: '0.69.3' }).r.resolve('trivy')
      ).rejects.toThrow(
        /expected SHA-256 1816b632dfe529869c740c0913e36bd1629cb7688bd5634f4a858c1d57c88b75 \(pinned/
      )
      expect(
        server.hits.get(`${dir}/trivy_0.69.3_checksums.txt`)
      ).toBeUndefined()
      expect(await cacheFiles()).toEqual([])
    })

    it('fails on a truncated download after bounded retries', async () => {
      server.routes.set(`${TRIVY_DIR}/${TRIVY_ASSET}`, {
        kind: 'truncate',
        body: trivyTar
      })

      await expect(resolver().r.resolve('trivy')).rejects.toMatchObject({
        code: 'INSTALL_FAILED',
        message: expect.stringContaining(
          `Could not download trivy from ${server.baseUrl}${TRIVY_DIR}/${TRIVY_ASSET}`
        )
      })
      expect(server.hits.get(`${TRIVY_DIR}/${TRIVY_ASSET}`)).toBe(2)
      expect(await cacheFiles()).toEqual([])
    })

    it('fails at once on a 404, naming the URL and what to check', async () => {
      server.routes.delete(`${TRIVY_DIR}/${TRIVY_ASSET}`)
      const run = resolver().r.resolve('trivy')

      await expect(run).rejects.toMatchObject({
        message: expect.stringMatching(
          /trivy_9\.9\.9_Linux-64bit\.tar\.gz: HTTP 404/
        ),
        details: { hint: expect.stringMatching(/mirror/) }
      })
      expect(server.hits.get(`${TRIVY_DIR}/${TRIVY_ASSET}`)).toBe(1)
      expect(await cacheFiles()).toEqual([])
    })

    it('gives up on a server that never answers', async () => {
      server.routes.set(`${TRIVY_DIR}/${TRIVY_ASSET}`, { kind: 'hang' })
      const started = Date.now()

      await expect(resolver().r.resolve('trivy')).rejects.toThrow(
        /no complete answer within 1500 ms/
      )
      expect(Date.now() - started).toBeLessThan(8000)
      expect(await cacheFiles()).toEqual([])
    })

    it('says so when the checksums file does not list the asset', async () => {
      server.routes.set(TRIVY_SUMS, { kind: 'file', body: Buffer.from('') })

      await expect(resolver().r.resolve('trivy')).rejects.toThrow(
        /lists no checksum for trivy_9\.9\.9_Linux-64bit\.tar\.gz/
      )
    })
  })
})
