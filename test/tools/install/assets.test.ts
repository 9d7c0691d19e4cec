import { describe, expect, it } from '@jest/globals'

import { releaseAsset, releaseUrl } from '../../../src/tools/install/assets.js'
import {
  parseChecksums,
  PINNED_SHA256
} from '../../../src/tools/install/checksums.js'
import type { Platform } from '../../../src/tools/install/platform.js'
import { currentPlatform } from '../../../src/tools/install/platform.js'
import {
  isAcceptableVersion,
  parseToolVersion
} from '../../../src/tools/install/version.js'

const P = (os: Platform['os'], arch: Platform['arch']): Platform => ({
  os,
  arch
})

describe('releaseAsset', () => {
  it.each([
    ['trivy', P('linux', 'amd64'), 'trivy_0.69.3_Linux-64bit.tar.gz', 'trivy'],
    ['trivy', P('linux', 'arm64'), 'trivy_0.69.3_Linux-ARM64.tar.gz', 'trivy'],
    ['trivy', P('darwin', 'amd64'), 'trivy_0.69.3_macOS-64bit.tar.gz', 'trivy'],
    ['trivy', P('darwin', 'arm64'), 'trivy_0.69.3_macOS-ARM64.tar.gz', 'trivy'],
    [
      'trivy',
      P('windows', 'amd64'),
      'trivy_0.69.3_windows-64bit.zip',
      'trivy.exe'
    ],
    [
      'trivy',
      P('windows', 'arm64'),
      'trivy_0.69.3_windows-64bit.zip',
      'trivy.exe'
    ],
    ['cosign', P('linux', 'amd64'), 'cosign-linux-amd64', 'cosign'],
    ['cosign', P('darwin', 'arm64'), 'cosign-darwin-arm64', 'cosign'],
    ['cosign', P('windows', 'arm64'), 'cosign-windows-amd64.exe', 'cosign.exe']
  ] as const)('%s on %o is %s', (tool, platform, fileName, binaryName) => {
    const version = tool === 'trivy' ? '0.69.3' : '3.0.2'
    const asset = releaseAsset(tool, version, platform)

    expect(asset.fileName).toBe(fileName.replace('0.69.3', version))
    expect(asset.binaryName).toBe(binaryName)
  })

  it('rejects a version that is not MAJOR.MINOR.PATCH', () => {
    expect(() => releaseAsset('trivy', 'v0.69.3', P('linux', 'amd64'))).toThrow(
      /accepted: MAJOR.MINOR.PATCH/
    )
    expect(() =>
      releaseAsset('cosign', '../../x', P('linux', 'amd64'))
    ).toThrow()
  })

  it('builds GitHub-style release URLs under a mirror base', () => {
    expect(
      releaseUrl(
        'https://ghes.example/',
        'cosign',
        '3.0.2',
        'cosign-linux-amd64'
      )
    ).toBe(
      'https://ghes.example/sigstore/cosign/releases/download/v3.0.2/cosign-linux-amd64'
    )
  })
})

describe('checksums', () => {
  it('pins a 64-hex sum for every default Linux and macOS asset', () => {
    for (const tool of ['trivy', 'cosign'] as const) {
      for (const platform of [
        P('linux', 'amd64'),
        P('linux', 'arm64'),
        P('darwin', 'amd64'),
        P('darwin', 'arm64')
      ]) {
        const version = tool === 'trivy' ? '0.69.3' : '3.0.2'
        const { fileName } = releaseAsset(tool, version, platform)

        expect(PINNED_SHA256[`${tool}/${version}/${fileName}`]).toMatch(
          /^[0-9a-f]{64}$/
        )
      }
    }
  })

  it('reads sha256sum lines, with or without the binary marker', () => {
    const sums = parseChecksums(
      `${'A'.repeat(64)}  trivy.tar.gz\n${'b'.repeat(64)} *cosign-linux-amd64\nnot a line\n`
    )

    expect(sums.get('trivy.tar.gz')).toBe('a'.repeat(64))
    expect(sums.get('cosign-linux-amd64')).toBe('b'.repeat(64))
    expect(sums.size).toBe(2)
  })
})

describe('versions', () => {
  it('reads what trivy and cosign print', () => {
    expect(
      parseToolVersion('trivy', 'Version: 0.69.3\nVulnerability DB:\n')
    ).toBe('0.69.3')
    expect(
      parseToolVersion(
        'cosign',
        '  ______\nGitVersion:    v3.0.2\nGitCommit: x\n'
      )
    ).toBe('3.0.2')
    expect(parseToolVersion('cosign', 'nothing')).toBeUndefined()
  })

  it.each([
    ['0.69.3', '0.69.3', true],
    ['0.69.5', '0.69.3', true],
    ['0.70.0', '0.69.3', false],
    ['0.69.2', '0.69.3', false],
    ['3.1.0', '3.0.2', true],
    ['2.6.1', '3.0.2', false],
    ['garbage', '3.0.2', false]
  ])('%s stands in for %s: %s', (found, wanted, ok) => {
    expect(isAcceptableVersion(found, wanted)).toBe(ok)
  })

  it('refuses to install on an unsupported platform, naming the supported ones', () => {
    expect(() => currentPlatform('freebsd', 'x64')).toThrow(
      /supported: linux, darwin and win32/
    )
    expect(currentPlatform('darwin', 'arm64')).toEqual({
      os: 'darwin',
      arch: 'arm64'
    })
  })
})
