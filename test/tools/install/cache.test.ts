import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'

import {
  ActionsToolCache,
  FolderToolCache
} from '../../../src/tools/install/cache.js'

let work: string

beforeEach(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'csg-cache-'))
})

afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('FolderToolCache', () => {
  it('stores under tool/version/arch and finds it again', async () => {
    const cache = new FolderToolCache(work)
    const dir = await cache.store(
      'cosign',
      '3.0.2',
      'arm64',
      'cosign',
      Buffer.from('bin')
    )

    expect(dir).toBe(path.join(work, 'cosign', '3.0.2', 'arm64'))
    expect(await cache.find('cosign', '3.0.2', 'arm64', 'cosign')).toBe(dir)
    expect(
      await cache.find('cosign', '3.0.2', 'amd64', 'cosign')
    ).toBeUndefined()
  })

  it('keeps the first of two concurrent installs and leaves no partial folder', async () => {
    const cache = new FolderToolCache(work)
    const [a, b] = await Promise.all([
      cache.store('trivy', '1.0.0', 'amd64', 'trivy', Buffer.from('one')),
      cache.store('trivy', '1.0.0', 'amd64', 'trivy', Buffer.from('two'))
    ])

    expect(a).toBe(b)
    expect(['one', 'two']).toContain(
      await readFile(path.join(a, 'trivy'), 'utf8')
    )
    expect(await readdir(path.join(work, 'trivy', '1.0.0'))).toEqual(['amd64'])
  })

  it('is not fooled by a folder without the binary', async () => {
    const cache = new FolderToolCache(work)
    await cache.store('trivy', '1.0.0', 'amd64', 'other', Buffer.from('x'))

    expect(await cache.find('trivy', '1.0.0', 'amd64', 'trivy')).toBeUndefined()
  })
})

describe('ActionsToolCache', () => {
  it('stores into RUNNER_TOOL_CACHE and finds it there', async () => {
    const saved = {
      cache: process.env.RUNNER_TOOL_CACHE,
      temp: process.env.RUNNER_TEMP
    }
    process.env.RUNNER_TOOL_CACHE = path.join(work, 'toolcache')
    process.env.RUNNER_TEMP = path.join(work, 'temp')
    await mkdir(process.env.RUNNER_TEMP)
    try {
      const cache = new ActionsToolCache()
      const dir = await cache.store(
        'trivy',
        '0.69.3',
        'amd64',
        'trivy',
        Buffer.from('bin')
      )

      expect(dir.startsWith(process.env.RUNNER_TOOL_CACHE)).toBe(true)
      expect(await cache.find('trivy', '0.69.3', 'amd64')).toBe(dir)
      expect(await readFile(path.join(dir, 'trivy'), 'utf8')).toBe('bin')
      expect(await readdir(process.env.RUNNER_TEMP)).toEqual([])
    } finally {
      process.env.RUNNER_TOOL_CACHE = saved.cache
      process.env.RUNNER_TEMP = saved.temp
      if (saved.cache === undefined) delete process.env.RUNNER_TOOL_CACHE
      if (saved.temp === undefined) delete process.env.RUNNER_TEMP
    }
  })
})
