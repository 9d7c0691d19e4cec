import { describe, expect, it } from '@jest/globals'

import {
  pinnedRef,
  trivyFsArgs,
  trivyImageArgs
} from '../../../src/scanners/trivy/index.js'
import { testConfig, testPlan } from './helpers.js'

const DIGEST = `sha256:${'a'.repeat(64)}`
const COMMON = [
  '--format=json',
  '--output=/tmp/out.json',
  '--exit-code=0',
  '--no-progress',
  '--timeout=300s'
]

describe('trivyFsArgs', () => {
  it('scans the repository for vulns, secrets and non-Dockerfile misconfigurations', () => {
    const args = trivyFsArgs(testConfig(), testPlan('/repo'), '/tmp/out.json')

    expect(args).toEqual([
      'fs',
      ...COMMON,
      '--scanners=vuln,secret,misconfig',
      '--misconfig-scanners=azure-arm,cloudformation,helm,kubernetes,terraform,terraformplan-json,terraformplan-snapshot',
      '--skip-dirs=**/.git',
      '--skip-dirs=**/node_modules',
      '--',
      '/repo'
    ])
  })

  it('leaves misconfiguration scanners to Trivy when Dockerfile checks are wanted', () => {
    const args = trivyFsArgs(
      testConfig({}, { skipDockerfileChecks: false }),
      testPlan('/repo'),
      '/tmp/out.json'
    )

    expect(args.some((a) => a.startsWith('--misconfig-scanners'))).toBe(false)
  })

  it('passes every Trivy setting glued to its flag, so none can pose as a flag', () => {
    const config = testConfig(
      {},
      {
        skipDirs: ['vendor', '-rf'],
        configFile: 'trivy.yaml',
        server: 'http://127.0.0.1:4954',
        dbRepository: 'mirror.example/trivy-db:2',
        cacheDir: '/cache/trivy',
        timeoutSeconds: 90
      }
    )
    const args = trivyFsArgs(config, testPlan('/repo'), '/tmp/out.json')

    expect(args).toEqual(
      expect.arrayContaining([
        '--timeout=90s',
        '--config=trivy.yaml',
        '--server=http://127.0.0.1:4954',
        '--db-repository=mirror.example/trivy-db:2',
        '--cache-dir=/cache/trivy',
        '--skip-dirs=vendor',
        '--skip-dirs=-rf'
      ])
    )
    expect(args.slice(-2)).toEqual(['--', '/repo'])
  })

  it('never filters by severity or fix status in Trivy (the gate does)', () => {
    const args = trivyFsArgs(
      testConfig({ ignoreUnfixed: true, minSeverity: 'HIGH' }),
      testPlan('/repo'),
      '/o'
    )

    expect(args.join(' ')).not.toMatch(/--severity|--ignore-unfixed/)
  })
})

describe('trivyImageArgs', () => {
  const image = { ref: 'ghcr.io/acme/api:1.2', archive: false }

  it('scans a registry image pinned to the digest the plan resolved', () => {
    const args = trivyImageArgs(
      testConfig(),
      { ...image, digest: DIGEST },
      '/tmp/out.json'
    )

    expect(args).toEqual([
      'image',
      ...COMMON,
      '--scanners=vuln,secret',
      '--',
      `ghcr.io/acme/api@${DIGEST}`
    ])
  })

  it('reads an archive with --input', () => {
    const args = trivyImageArgs(
      testConfig(),
      { ref: 'build/image.tar', archive: true },
      '/o'
    )

    expect(args.at(-1)).toBe('--input=build/image.tar')
    expect(args).not.toContain('--')
  })
})

describe('pinnedRef', () => {
  it.each([
    ['ghcr.io/acme/api:1.2', DIGEST, `ghcr.io/acme/api@${DIGEST}`],
    ['localhost:5000/app', DIGEST, `localhost:5000/app@${DIGEST}`],
    ['localhost:5000/app:v1', DIGEST, `localhost:5000/app@${DIGEST}`],
    [`app@${DIGEST}`, DIGEST, `app@${DIGEST}`],
    ['alpine:3.20', undefined, 'alpine:3.20']
  ])('%s with digest %s scans %s', (ref, digest, expected) => {
    expect(pinnedRef({ ref, archive: false, digest })).toBe(expected)
  })
})
