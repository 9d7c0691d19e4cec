import { UserError } from '../../errors.js'

/** An operating system the tools publish binaries for. */
export type ToolOs = 'linux' | 'darwin' | 'windows'
/** A processor architecture the tools publish binaries for. */
export type ToolArch = 'amd64' | 'arm64'

/** Where a downloaded tool will run. */
export interface Platform {
  readonly os: ToolOs
  readonly arch: ToolArch
}

const OS: Partial<Record<NodeJS.Platform, ToolOs>> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'windows'
}
const ARCH: Partial<Record<string, ToolArch>> = { x64: 'amd64', arm64: 'arm64' }

/** This machine's platform; a `UserError` where no release binary exists. */
export function currentPlatform(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch
): Platform {
  const os = OS[platform]
  const a = ARCH[arch]
  if (!os || !a) {
    throw new UserError(
      `Trivy and cosign cannot be installed on ${platform}/${arch}; supported: linux, darwin and win32 on x64 and arm64. Install them yourself and put them on PATH.`,
      'tools'
    )
  }

  return { os, arch: a }
}
