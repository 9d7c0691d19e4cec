import { describe, expect, it } from '@jest/globals'

import type { Finding } from '../../../src/findings/index.js'
import { parseTrivyReport } from '../../../src/scanners/trivy/index.js'
import { fixtureText } from './fixtures.js'

const DIGEST = `sha256:${'1'.repeat(64)}`

function rejection(text: string, source = 'report.json'): string {
  try {
    parseTrivyReport(text, source)
  } catch (error) {
    expect(error).toMatchObject({ code: 'BAD_OUTPUT', tool: 'trivy' })

    return (error as Error).message
  }
  throw new Error('the report was accepted')
}

const find = (found: Finding[], id: string): Finding => {
  const finding = found.find((f) => f.rule.id === id)
  if (!finding) throw new Error(`no finding of ${id}`)

  return finding
}

describe('parseTrivyReport', () => {
  describe('when the text is not a report', () => {
    it.each([
      ['an empty file', '', 'report.json: is empty'],
      ['a bare number', '42', 'report.json: is a number, not a Trivy JSON'],
      [
        'an SPDX document',
        '{"spdxVersion":"SPDX-2.3"}',
        'is an SPDX SBOM (`--format spdx-json`)'
      ],
      [
        'a SARIF log',
        '{"version":"2.1.0","runs":[]}',
        'is a SARIF log (`--format sarif`)'
      ],
      [
        'an unknown object',
        '{"hello":"world"}',
        'no SchemaVersion or Results; keys: hello'
      ],
      [
        'a future schema',
        '{"SchemaVersion":3,"Results":[]}',
        'has SchemaVersion 3; this version reads SchemaVersion 2'
      ]
    ])('rejects %s', (_name, text, message) => {
      expect(rejection(text)).toContain(message)
    })

    it('says where invalid JSON breaks, by line and column', () => {
      const message = rejection('{\n  "SchemaVersion": 2,\n  "Results": [,]\n}')

      expect(message).toMatch(
        /^Trivy report report\.json: is not valid JSON at line 3, column 15: /
      )
    })

    it('names a truncated report', () => {
      expect(rejection('{"SchemaVersion": 2, "Results": [{"Tar')).toContain(
        'is not valid JSON at line 1, column 35'
      )
    })
  })

  describe('when a field has the wrong shape', () => {
    it.each([
      [
        'Results is an object',
        '{"SchemaVersion":2,"Results":{}}',
        'Results is an object, not a list'
      ],
      [
        'a result is a string',
        '{"SchemaVersion":2,"Results":["x"]}',
        'Results[0] is a string, not an object'
      ],
      [
        'a target is a number',
        '{"SchemaVersion":2,"Results":[{"Target":5}]}',
        'Results[0].Target is a number'
      ],
      [
        'a vulnerability has no id',
        '{"SchemaVersion":2,"Results":[{"Target":"a","Vulnerabilities":[{"PkgName":"x"}]}]}',
        'Results[0].Vulnerabilities[0] has no VulnerabilityID'
      ],
      [
        'a secret has no rule',
        '[{"Target":"a","Secrets":[{}]}]',
        'results[0].Secrets[0] has no RuleID'
      ],
      [
        'a check has no id',
        '{"Results":[{"Misconfigurations":[{"Status":"FAIL"}]}]}',
        'Results[0].Misconfigurations[0] has no ID'
      ],
      [
        'a suppressed finding is null',
        '{"Results":[{"ExperimentalModifiedFindings":[{"Type":"vulnerability"}]}]}',
        'Results[0].ExperimentalModifiedFindings[0].Finding is missing, not an object'
      ],
      [
        'a suppressed vulnerability has no id',
        '{"Results":[{"ExperimentalModifiedFindings":[{"Type":"vulnerability","Finding":{}}]}]}',
        'Results[0].ExperimentalModifiedFindings[0].Finding has no VulnerabilityID'
      ]
    ])('rejects it when %s', (_name, text, message) => {
      expect(rejection(text, 'r.json')).toBe(`Trivy report r.json: ${message}`)
    })
  })

  describe('when the report is the 2019 target map', () => {
    it('reads each target as an OS inside an image', () => {
      const [vuln, ...rest] = parseTrivyReport(
        fixtureText('map-format-with-vulns.json'),
        'map.json'
      )

      expect(rest).toHaveLength(0)
      expect(vuln?.location).toEqual({ image: { ref: 'app:1.0' } })
      expect(vuln?.target).toBe('app:1.0 (alpine 3.9.2)')
      expect(vuln?.score).toBe(5.5)
    })
  })

  describe('when the report mixes every kind of finding in an image', () => {
    const found = parseTrivyReport(
      fixtureText('image-mixed-kinds.json'),
      'mixed.json'
    )

    it('prefers the severity source vendor CVSS v3, then v4.0', () => {
      expect(find(found, 'CVE-2099-0001').score).toBe(6.1)
      expect(find(found, 'CVE-2099-0002').score).toBe(8.7)
      expect(find(found, 'GHSA-xxxx-yyyy-zzzz').score).toBe(9.5)
    })

    it('points at the image by reference and digest from the report', () => {
      expect(find(found, 'CVE-2099-0001').location).toEqual({
        image: { ref: 'ghcr.io/acme/api:1.2', digest: DIGEST }
      })
      expect(find(found, 'GHSA-xxxx-yyyy-zzzz').target).toBe(
        'ghcr.io/acme/api:1.2 (usr/lib/node_modules/app/package.json)'
      )
    })

    it('writes help with a table that escapes pipes', () => {
      const rule = find(found, 'CVE-2099-0001').rule

      expect(rule.helpMarkdown).toContain(
        '| Package | Installed | Fixed |\n| --- | --- | --- |\n| openssl | 3.0.11-1 | 3.0.13-1 |'
      )
      expect(rule.title).toBe('openssl: a | pipe in the title')
      expect(find(found, 'CVE-2099-0002').rule.helpMarkdown).toContain(
        '| zlib1g | 1:1.2.13 | none |'
      )
    })

    it('keeps no secret text, even unmasked or suppressed', () => {
      const text = JSON.stringify(found)

      expect(text).not.toContain('ghp_FakeButLong')
      expect(text).not.toContain('SECRETVALUE')
      expect(find(found, 'github-pat').severity).toBe('CRITICAL')
    })

    it('reads licenses of packages and of loose files', () => {
      expect(find(found, 'GPL-3.0-only')).toMatchObject({
        kind: 'license',
        severity: 'HIGH',
        message:
          'org.example:gpl-lib is under the restricted license GPL-3.0-only',
        package: { name: 'org.example:gpl-lib' }
      })
      expect(find(found, 'MIT').message).toBe(
        'usr/share/doc/thing/LICENSE is under the notice license MIT'
      )
    })

    it('keeps failed checks only, with their AVD id as a peer', () => {
      expect(
        found.filter((f) => f.kind === 'misconfiguration').map((f) => f.rule.id)
      ).toEqual(['DS-0026', 'DS-0002'])
      expect(find(found, 'DS-0026').rule.peers).toEqual(['AVD-DS-0026'])
    })

    it('marks ignore-file and VEX suppressions, skipping unknown types', () => {
      const suppressed = found.filter((f) => f.suppression)

      expect(suppressed.map((f) => [f.rule.id, f.suppression])).toEqual([
        [
          'DS-0002',
          {
            kind: 'exceptions-file',
            reason: 'ignored: accepted until the next release',
            by: '.trivyignore.yaml'
          }
        ],
        [
          'aws-secret-access-key',
          { kind: 'exceptions-file', reason: 'ignored', by: '.trivyignore' }
        ],
        [
          'AGPL-3.0',
          { kind: 'vex', reason: 'not_affected', by: 'openvex.json' }
        ]
      ])
    })
  })

  describe('with image options (a scan the plan ran)', () => {
    const text = fixtureText('image-mixed-kinds.json')

    it('points at the FROM line of the Dockerfile that builds the image', () => {
      const found = parseTrivyReport(text, 'x', {
        image: {
          ref: 'ghcr.io/acme/api:1.2',
          digest: DIGEST,
          dockerfile: './services/api/Dockerfile',
          fromLine: 7
        }
      })

      expect(find(found, 'CVE-2099-0001').location).toEqual({
        image: { ref: 'ghcr.io/acme/api:1.2', digest: DIGEST },
        path: 'services/api/Dockerfile',
        region: { startLine: 7 }
      })
    })

    it('keeps fingerprints when only the tag or digest changes', () => {
      const print = (ref: string, digest?: string) =>
        find(
          parseTrivyReport(text, 'x', { image: { ref, digest } }),
          'GHSA-xxxx-yyyy-zzzz'
        ).fingerprint

      expect(print('ghcr.io/acme/api:1.2')).toBe(
        print('ghcr.io/acme/api:1.3', DIGEST)
      )
      expect(print('ghcr.io/acme/api:1.2')).not.toBe(
        print('ghcr.io/acme/web:1.2')
      )
    })

    it('uses the planned Dockerfile for a report file about a known image', () => {
      const found = parseTrivyReport(text, 'x', {
        knownImages: [
          { ref: 'ghcr.io/acme/api:1.2', dockerfile: 'Dockerfile', fromLine: 3 }
        ]
      })

      expect(find(found, 'CVE-2099-0001').location).toEqual({
        image: { ref: 'ghcr.io/acme/api:1.2', digest: DIGEST },
        path: 'Dockerfile',
        region: { startLine: 3 }
      })
    })
  })

  describe('with ignoreUnfixed', () => {
    it('drops vulnerabilities with no fixed version or a status other than fixed', () => {
      const found = parseTrivyReport(
        fixtureText('image-mixed-kinds.json'),
        'x',
        {
          ignoreUnfixed: true
        }
      )

      expect(
        found.filter((f) => f.kind === 'vulnerability').map((f) => f.rule.id)
      ).toEqual(['CVE-2099-0001', 'GHSA-xxxx-yyyy-zzzz'])
    })
  })

  describe('for repository targets', () => {
    it('normalises paths to forward slashes without a leading ./', () => {
      const [finding] = parseTrivyReport(
        JSON.stringify({
          SchemaVersion: 2,
          ArtifactType: 'filesystem',
          Results: [
            {
              Target: '.\\sub\\\\package-lock.json',
              Class: 'lang-pkgs',
              Vulnerabilities: [
                { VulnerabilityID: 'CVE-1', PkgName: 'a', Severity: 'low' }
              ]
            }
          ]
        }),
        'x'
      )

      expect(finding?.location.path).toBe('sub/package-lock.json')
      expect(finding?.severity).toBe('LOW')
      expect(finding?.message).toBe('a has CVE-1 (no fix known)')
    })
  })
})
