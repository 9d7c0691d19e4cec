import { createHash } from 'node:crypto'
import path from 'node:path'

import type { ToolsConfig } from '../../config/config.js'
import { ScannerError } from '../../errors.js'
import type { Logger } from '../../logging.js'
import { findOnPath, type ToolName, type ToolResolver } from '../resolve.js'
import { runTool } from '../run.js'
import { releaseAsset, releaseUrl, type ReleaseAsset } from './assets.js'
import type { ToolCache } from './cache.js'
import { parseChecksums, pinnedSha256 } from './checksums.js'
import { download, type DownloadOptions } from './download.js'
import { extractFile } from './extract.js'
import { currentPlatform, type Platform } from './platform.js'
import {
  isAcceptableVersion,
  parseToolVersion,
  versionArgs
} from './version.js'

/** What the installing resolver needs. */
export interface InstallingToolResolverOptions {
  readonly tools: ToolsConfig
  readonly cache: ToolCache
  readonly logger: Logger
  readonly platform?: Platform
  /** The environment whose PATH is searched first (default: this process's). */
  readonly env?: NodeJS.ProcessEnv
  readonly download?: Partial<Omit<DownloadOptions, 'tool' | 'logger'>>
}

const DOWNLOAD_DEFAULTS = { timeoutMs: 120_000, retries: 3, backoffMs: 1000 }

/**
 * Finds Trivy and cosign on PATH at an acceptable version, else in the
 * cache, else downloads the configured release, checks its SHA-256 (the
 * sum pinned in this source, or the release's checksums file for versions
 * without one) and caches it. Each tool is resolved once per instance.
 */
export class InstallingToolResolver implements ToolResolver {
  private readonly pending = new Map<ToolName, Promise<string>>()

  constructor(private readonly options: InstallingToolResolverOptions) {}

  resolve(tool: ToolName): Promise<string> {
    let found = this.pending.get(tool)
    if (!found) {
      found = this.locate(tool)
      this.pending.set(tool, found)
      found.catch(() => this.pending.delete(tool))
    }

    return found
  }

  private async locate(tool: ToolName): Promise<string> {
    const { logger, cache } = this.options
    const wanted =
      tool === 'trivy'
        ? this.options.tools.trivyVersion
        : this.options.tools.cosignVersion
    const onPath = await this.fromPath(tool, wanted)
    if (onPath) return onPath

    const platform = this.options.platform ?? currentPlatform()
    const asset = releaseAsset(tool, wanted, platform)
    const cached = await cache.find(
      tool,
      wanted,
      platform.arch,
      asset.binaryName
    )
    if (cached) {
      logger.info(`${tool}: using cached ${wanted} in ${cached}`)

      return path.join(cached, asset.binaryName)
    }

    const dir = await this.install(asset, platform)

    return path.join(dir, asset.binaryName)
  }

  private async fromPath(
    tool: ToolName,
    wanted: string
  ): Promise<string | undefined> {
    const { logger } = this.options
    const found = await findOnPath(tool, this.options.env)
    if (!found) return undefined
    try {
      const result = await runTool(found, {
        tool,
        args: versionArgs(tool),
        timeoutMs: 15_000,
        logger
      })
      const version = parseToolVersion(tool, result.stdout + result.stderr)
      if (version && isAcceptableVersion(version, wanted)) {
        logger.info(`${tool}: using ${found} (version ${version})`)

        return found
      }
      logger.info(
        `${tool}: ${found} is version ${version ?? 'unknown'}, wanted ${wanted} or a compatible later one; installing ${wanted}`
      )
    } catch (error) {
      logger.warning(
        `${tool}: ${found} did not report its version (${String(error)}); installing ${wanted}`
      )
    }

    return undefined
  }

  private async install(
    asset: ReleaseAsset,
    platform: Platform
  ): Promise<string> {
    const { logger, tools } = this.options
    const { tool, version, fileName } = asset
    const url = releaseUrl(tools.downloadBaseUrl, tool, version, fileName)
    const dl: DownloadOptions = {
      ...DOWNLOAD_DEFAULTS,
      ...this.options.download,
      tool,
      logger
    }
    if (asset.assetPlatform.arch !== platform.arch) {
      logger.warning(
        `${tool}: no ${platform.os}/${platform.arch} build is published; installing the ${asset.assetPlatform.arch} build, which runs under emulation`
      )
    }

    return logger.group(`Installing ${tool} ${version}`, async () => {
      const expected = await this.expectedSum(asset, dl)
      const data = await download(url, dl)
      const actual = createHash('sha256').update(data).digest('hex')
      if (actual !== expected.sum) {
        throw new ScannerError(
          'INSTALL_FAILED',
          tool,
          `Checksum mismatch for ${url}: expected SHA-256 ${expected.sum} (${expected.from}), got ${actual} (${data.length} bytes)`,
          {
            hint: 'The download is damaged or is not the official release: check the mirror in download-base-url, or a proxy that rewrites downloads.'
          }
        )
      }

      let binary: Buffer
      try {
        binary =
          asset.format === 'binary'
            ? data
            : extractFile(data, asset.format, asset.binaryName)
      } catch (error) {
        throw new ScannerError(
          'INSTALL_FAILED',
          tool,
          `Could not unpack ${url}: ${(error as Error).message}`,
          { cause: error }
        )
      }
      const dir = await this.options.cache.store(
        tool,
        version,
        platform.arch,
        asset.binaryName,
        binary
      )
      logger.info(`${tool}: installed ${version} from ${url} into ${dir}`)

      return dir
    })
  }

  private async expectedSum(
    asset: ReleaseAsset,
    dl: DownloadOptions
  ): Promise<{ sum: string; from: string }> {
    const pinned = pinnedSha256(asset.tool, asset.version, asset.fileName)
    if (pinned)
      return { sum: pinned, from: 'pinned in this release of the gate' }

    const url = releaseUrl(
      this.options.tools.downloadBaseUrl,
      asset.tool,
      asset.version,
      asset.checksumsFile
    )
    const sums = parseChecksums((await download(url, dl)).toString('utf8'))
    const sum = sums.get(asset.fileName)
    if (!sum) {
      throw new ScannerError(
        'INSTALL_FAILED',
        asset.tool,
        `${url} lists no checksum for ${asset.fileName}`,
        {
          hint: `Check that ${asset.tool} ${asset.version} publishes ${asset.fileName}.`
        }
      )
    }

    return { sum, from: asset.checksumsFile }
  }
}
