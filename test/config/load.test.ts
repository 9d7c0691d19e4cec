import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { loadConfig, type RawInputs } from '../../src/config/load.js'
import { UserError } from '../../src/errors.js'

function repo(files: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'csg-config-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), text)
  }

  return root
}

function load(root: string, inputs: Record<string, string | string[]> = {}) {
  const raw: RawInputs = new Map(Object.entries({ path: root, ...inputs }))

  return loadConfig(raw, { cwd: root, env: {} })
}

async function errorOf(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof UserError) return error
    throw error
  }
  throw new Error('expected a UserError')
}

describe('loadConfig', () => {
  describe('when nothing is given', () => {
    it('applies the documented defaults', async () => {
      const root = repo()
      const config = await load(root)

      expect(config.path).toBe(root)
      expect(config.severityThreshold).toBe('HIGH')
      expect(config.minSeverity).toBe('UNKNOWN')
      expect(config.scanners).toEqual([
        'trivy-fs',
        'trivy-image',
        'cosign',
        'policy'
      ])
      expect(config.failOnScannerError).toBe(true)
      expect(config.trivy.timeoutSeconds).toBe(600)
      expect(config.trivy.skipDockerfileChecks).toBe(true)
      expect(config.sarifFile).toBe(
        path.join(root, 'container-security-gate.sarif')
      )
      expect(config.concurrency).toBe(2)
      expect(config.policy.level).toBe('default')
    })
  })

  describe('when inputs are given', () => {
    it('reads lists, booleans, durations and images', async () => {
      const root = repo({ 'svc/Dockerfile': 'FROM alpine:3.20\n' })
      const config = await load(root, {
        images: 'ghcr.io/acme/api:1.2=svc/Dockerfile\nredis:7',
        scanners: ['policy', 'trivy-fs'],
        'ignore-unfixed': 'TRUE',
        'trivy-timeout': '1h30m',
        'trivy-skip-dirs': 'a, b/{c,d}'
      })

      expect(config.images).toEqual([
        {
          ref: 'ghcr.io/acme/api:1.2',
          archive: false,
          dockerfile: 'svc/Dockerfile'
        },
        { ref: 'redis:7', archive: false, dockerfile: undefined }
      ])
      expect(config.scanners).toEqual(['policy', 'trivy-fs'])
      expect(config.ignoreUnfixed).toBe(true)
      expect(config.trivy.timeoutSeconds).toBe(5400)
      expect(config.trivy.skipDirs).toEqual(['a', 'b/{c,d}'])
    })

    it('treats a .tar path as an image archive that must exist', async () => {
      const root = repo({ 'out/app.tar': 'x' })
      const config = await load(root, { images: 'out/app.tar' })

      expect(config.images[0]).toMatchObject({
        ref: path.join(root, 'out/app.tar'),
        archive: true
      })
      const error = await errorOf(load(root, { images: 'archive:nope.tar' }))
      expect(error.input).toBe('images')
      expect(error.message).toContain('does not exist')
    })
  })

  describe('when a value is invalid', () => {
    it.each([
      ['severity-threshold', 'severe', 'critical, high, medium, low, unknown'],
      ['min-severity', 'x', 'critical, high, medium, low, unknown'],
      ['ignore-unfixed', 'maybe', 'true or false'],
      ['scanners', 'grype', 'trivy-fs, trivy-image, cosign, policy'],
      ['fail-on', 'some', 'all, new'],
      ['concurrency', '0', 'from 1 to 32'],
      ['trivy-timeout', '10 minutes', '600, 90s, 10m or 1h'],
      ['trivy-server', 'ftp://x', 'http:// or https://'],
      ['images', 'Not A Ref', 'image reference'],
      ['images', 'app:1=missing/Dockerfile', 'does not exist'],
      ['trivy-version', 'latest', 'release version'],
      ['trivy-reports', 'missing.json', 'does not exist']
    ])(
      '%s=%s names the input and what is accepted',
      async (name, value, accepted) => {
        const error = await errorOf(load(repo(), { [name]: value }))

        expect(error.input).toBe(name)
        expect(error.message).toContain(name)
        expect(error.message).toContain(accepted)
      }
    )

    it('asks for a key or a signer when images are to be verified', async () => {
      const root = repo()
      const error = await errorOf(load(root, { images: 'ghcr.io/acme/api:1' }))
      const withoutCosign = await load(root, {
        images: 'ghcr.io/acme/api:1',
        scanners: 'trivy-image'
      })
      const keyless = await load(root, {
        images: 'ghcr.io/acme/api:1',
        'cosign-certificate-identity-regexp': '^https://github.com/acme/',
        'cosign-certificate-oidc-issuer':
          'https://token.actions.githubusercontent.com'
      })

      expect(error.message).toContain('cosign-certificate-oidc-issuer')
      expect(error.message).toContain('cosign-key')
      expect(withoutCosign.images).toHaveLength(1)
      expect(keyless.cosign.certificateIdentityRegexp).toBe(
        '^https://github.com/acme/'
      )
    })

    it('rejects an unknown input name', async () => {
      const error = await errorOf(load(repo(), { 'severity-treshold': 'high' }))

      expect(error.message).toContain('Unknown input "severity-treshold"')
    })

    it('rejects a path that is not a folder', async () => {
      const error = await errorOf(
        loadConfig(new Map([['path', '/does/not/exist']]), {
          cwd: '/',
          env: {}
        })
      )

      expect(error.input).toBe('path')
    })

    it('needs both registry credentials', async () => {
      const error = await errorOf(
        loadConfig(new Map([['path', repo()]]), {
          cwd: '/',
          env: { REGISTRY_USERNAME: 'bot' }
        })
      )

      expect(error.input).toBe('registry-password')
    })
  })

  describe('with a config file', () => {
    const file = [
      'severity-threshold: critical',
      'scanners: [policy, trivy-fs]',
      'trivy-reports: [reports/fs.json]',
      'policy:',
      '  level: strict',
      '  rules:',
      '    CSG-D40: off',
      '    CSG-D1: low',
      '    CSG-C11: { severity: medium }',
      '  trusted-registries: [ghcr.io]',
      ''
    ].join('\n')

    it('uses its values where no input is given, and inputs win over it', async () => {
      const root = repo({
        '.container-security-gate.yaml': file,
        'reports/fs.json': '{}'
      })
      const fromFile = await load(root)
      const overridden = await load(root, { 'severity-threshold': 'low' })

      expect(fromFile.severityThreshold).toBe('CRITICAL')
      expect(fromFile.scanners).toEqual(['policy', 'trivy-fs'])
      expect(fromFile.trivy.reports).toEqual([
        path.join(root, 'reports/fs.json')
      ])
      expect(fromFile.policy).toEqual({
        level: 'strict',
        rules: {
          'CSG-D40': { enabled: false },
          'CSG-D1': { enabled: true, severity: 'LOW' },
          'CSG-C11': { enabled: undefined, severity: 'MEDIUM' }
        },
        trustedRegistries: ['ghcr.io'],
        allowedBaseImages: [],
        requiredLabels: []
      })
      expect(overridden.severityThreshold).toBe('LOW')
    })

    it.each([
      ['severity-treshold: high\n', 'Unknown key "severity-treshold"'],
      ['policy:\n  rule: {}\n', 'Unknown key "policy.rule"'],
      ['policy:\n  rules: { D1: off }\n', 'Invalid rule id "D1"'],
      ['policy:\n  rules: { CSG-D1: loud }\n', 'Invalid setting for CSG-D1'],
      ['- a\n- b\n', 'must be a YAML mapping'],
      ['a: [\n', 'not valid YAML'],
      ['images: { a: 1 }\n', 'Invalid "images"']
    ])('reports %j clearly', async (text, message) => {
      const root = repo({ '.container-security-gate.yaml': text })
      const error = await errorOf(load(root))

      expect(error.message).toContain(message)
      expect(error.message).toContain('.container-security-gate.yaml')
    })

    it('fails when a named config file is missing', async () => {
      const error = await errorOf(load(repo(), { 'config-file': 'gate.yml' }))

      expect(error.input).toBe('config-file')
    })
  })
})

describe('loadConfig cross-checks', () => {
  it.each([
    [{ scanners: ',' }, 'scanners', 'is empty'],
    [{ 'fail-on': 'new' }, 'fail-on', 'needs baseline-sarif'],
    [{ 'sarif-file': 'Dockerfile' }, 'sarif-file', 'ending in .sarif or .json'],
    [{ 'sarif-file': '.' }, 'sarif-file', 'not a folder'],
    [
      {
        images: 'ghcr.io/a/b:1',
        'cosign-key': 'env://K',
        'cosign-certificate-identity': 'me@example.com',
        'cosign-certificate-oidc-issuer': 'https://issuer.example.com'
      },
      undefined,
      'cosign'
    ]
  ])('%j is refused before any scan', async (inputs, input, message) => {
    const error = await errorOf(load(repo(), inputs))

    if (input) expect(error.input).toBe(input)
    expect(error.message).toContain(message)
  })

  it('refuses rule ids that match no rule, which would configure nothing', async () => {
    const root = repo({
      '.container-security-gate.yaml':
        'policy:\n  rules:\n    CSG-D9999: off\n    CSG-D32: off\n'
    })
    const error = await errorOf(load(root))

    expect(error.message).toContain('CSG-D9999')
    expect(error.message).not.toContain('CSG-D32,')
  })

  it('checks the exceptions file before any scan', async () => {
    const root = repo({
      '.container-security-gate/exceptions.yaml':
        'exceptions:\n  - id: CVE-1\n    reason: r\n'
    })
    const error = await errorOf(load(root))

    expect(error.input).toBe('exceptions-file')
    expect(error.message).toContain('expires')
  })

  it('refuses two different policy levels', async () => {
    const root = repo({
      '.container-security-gate.yaml': 'policy:\n  level: strict\n'
    })
    const error = await errorOf(load(root, { 'policy-level': 'default' }))

    expect(error.input).toBe('policy-level')
  })
})
