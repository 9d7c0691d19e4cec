import { UserError } from '../../errors.js'
import type { ToolName } from '../resolve.js'
import type { Platform } from './platform.js'

/** One downloadable release file and how to get the binary out of it. */
export interface ReleaseAsset {
  readonly tool: ToolName
  readonly version: string
  /** The file name in the release, e.g. `trivy_0.69.3_Linux-64bit.tar.gz`. */
  readonly fileName: string
  readonly format: 'tar.gz' | 'zip' | 'binary'
  /** The executable's name once installed (`trivy`, `cosign.exe`). */
  readonly binaryName: string
  /** The release's checksums file, for versions without a pinned sum. */
  readonly checksumsFile: string
  /** The platform the asset was built for (may differ: see below). */
  readonly assetPlatform: Platform
}

const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/

const TRIVY_OS = { linux: 'Linux', darwin: 'macOS', windows: 'windows' }
const TRIVY_ARCH = { amd64: '64bit', arm64: 'ARM64' }

/**
 * The release asset of `tool` at `version` for `platform`. Neither tool
 * publishes a Windows arm64 build; there the amd64 build is used, which
 * Windows on Arm runs under its x64 emulation.
 */
export function releaseAsset(
  tool: ToolName,
  version: string,
  platform: Platform
): ReleaseAsset {
  if (!VERSION.test(version)) {
    throw new UserError(
      `${tool} version "${version}" is not a release version; accepted: MAJOR.MINOR.PATCH such as 0.69.3, without a leading v`,
      `${tool}-version`
    )
  }
  const assetPlatform: Platform =
    platform.os === 'windows' ? { os: 'windows', arch: 'amd64' } : platform
  const exe = platform.os === 'windows' ? '.exe' : ''
  if (tool === 'trivy') {
    const os = TRIVY_OS[assetPlatform.os]
    const arch = TRIVY_ARCH[assetPlatform.arch]
    const zip = assetPlatform.os === 'windows'

    return {
      tool,
      version,
      fileName: `trivy_${version}_${os}-${arch}.${zip ? 'zip' : 'tar.gz'}`,
      format: zip ? 'zip' : 'tar.gz',
      binaryName: `trivy${exe}`,
      checksumsFile: `trivy_${version}_checksums.txt`,
      assetPlatform
    }
  }

  return {
    tool,
    version,
    fileName: `cosign-${assetPlatform.os}-${assetPlatform.arch}${exe}`,
    format: 'binary',
    binaryName: `cosign${exe}`,
    checksumsFile: 'cosign_checksums.txt',
    assetPlatform
  }
}

const REPOS: Record<ToolName, string> = {
  trivy: 'aquasecurity/trivy',
  cosign: 'sigstore/cosign'
}

/** `<base>/<owner>/<repo>/releases/download/v<version>/<file>`. */
export function releaseUrl(
  baseUrl: string,
  tool: ToolName,
  version: string,
  fileName: string
): string {
  const base = baseUrl.replace(/\/+$/, '')

  return `${base}/${REPOS[tool]}/releases/download/v${version}/${fileName}`
}
