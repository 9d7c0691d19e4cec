import { randomBytes } from 'node:crypto'
import { access, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import * as tc from '@actions/tool-cache'

import type { ToolArch } from './platform.js'

/** A tool binary kept between runs. */
export interface ToolCache {
  /** The folder holding `binaryName` of that version, if cached. */
  find(
    tool: string,
    version: string,
    arch: ToolArch,
    binaryName: string
  ): Promise<string | undefined>
  /**
   * Keeps a verified binary and returns its folder. Never leaves a folder
   * that `find` would return without the complete binary in it.
   */
  store(
    tool: string,
    version: string,
    arch: ToolArch,
    binaryName: string,
    data: Buffer
  ): Promise<string>
}

/** The CLI's cache: `<root>/<tool>/<version>/<arch>/<binary>`. */
export class FolderToolCache implements ToolCache {
  constructor(readonly root: string = defaultCacheRoot()) {}

  async find(
    tool: string,
    version: string,
    arch: ToolArch,
    binaryName: string
  ): Promise<string | undefined> {
    const dir = path.join(this.root, tool, version, arch)

    return (await exists(path.join(dir, binaryName))) ? dir : undefined
  }

  async store(
    tool: string,
    version: string,
    arch: ToolArch,
    binaryName: string,
    data: Buffer
  ): Promise<string> {
    const parent = path.join(this.root, tool, version)
    const dir = path.join(parent, arch)
    await mkdir(parent, { recursive: true })
    // A temporary sibling on the same file system, so the rename is atomic.
    const temp = path.join(
      parent,
      `.partial-${arch}-${randomBytes(6).toString('hex')}`
    )
    try {
      await mkdir(temp)
      await writeFile(path.join(temp, binaryName), data, { mode: 0o755 })
      await rename(temp, dir)
    } catch (error) {
      await rm(temp, { recursive: true, force: true })
      // Another run installed the same version first: use theirs.
      if (await exists(path.join(dir, binaryName))) return dir
      throw error
    }

    return dir
  }
}

/** `~/.cache/container-security-gate/tools`, or XDG_CACHE_HOME's. */
export function defaultCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache')

  return path.join(base, 'container-security-gate', 'tools')
}

/** The GitHub Actions tool cache (RUNNER_TOOL_CACHE), kept across jobs on self-hosted runners. */
export class ActionsToolCache implements ToolCache {
  async find(
    tool: string,
    version: string,
    arch: ToolArch
  ): Promise<string | undefined> {
    const dir = tc.find(tool, version, arch)

    return dir || undefined
  }

  async store(
    tool: string,
    version: string,
    arch: ToolArch,
    binaryName: string,
    data: Buffer
  ): Promise<string> {
    const base = process.env.RUNNER_TEMP || os.tmpdir()
    const temp = await mkdtemp(path.join(base, `csg-${tool}-`))
    try {
      await writeFile(path.join(temp, binaryName), data, { mode: 0o755 })

      // cacheDir copies, then marks the version complete only at the end.
      return await tc.cacheDir(temp, tool, version, arch)
    } finally {
      await rm(temp, { recursive: true, force: true })
    }
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file)

    return true
  } catch {
    return false
  }
}
