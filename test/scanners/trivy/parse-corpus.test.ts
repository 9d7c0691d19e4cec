import { readdirSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'

import { ScannerError } from '../../../src/errors.js'
import type { Finding } from '../../../src/findings/index.js'
import { parseTrivyReport } from '../../../src/scanners/trivy/index.js'
import { corpusText, TRIVY_CORPUS } from './corpus.js'

type Case =
  | { readonly file: string; readonly check: (found: Finding[]) => void }
  | { readonly file: string; readonly error: RegExp }

const parse = (file: string, ignoreUnfixed = false): Finding[] =>
  parseTrivyReport(corpusText(file), file, { ignoreUnfixed })

const ofKind = (found: Finding[], kind: Finding['kind']) =>
  found.filter((f) => f.kind === kind)

const byRule = (found: Finding[], id: string): Finding => {
  const finding = found.find((f) => f.rule.id === id)
  if (!finding) throw new Error(`no finding of ${id}`)

  return finding
}

const CASES: readonly Case[] = [
  {
    file: 'cyclonedx-npm.json',
    error: /cyclonedx-npm\.json: is a CycloneDX SBOM .*--format json/
  },
  {
    file: 'dd-all-statuses.json',
    check: (found) => {
      expect(found.map((f) => f.package?.status)).toEqual([
        'unknown',
        'not_affected',
        'affected',
        'fixed',
        'under_investigation',
        'will_not_fix',
        'fix_deferred',
        'end_of_life'
      ])
      // ArtifactName is empty: the image is named after the OS result.
      expect(found[0]?.location).toEqual({
        image: { ref: 'noppaknopsta/example-app:main-159' }
      })
      expect(byRule(found, 'CVE-2018-12698').message).toBe(
        'binutils 2.31.1-16 has CVE-2018-12698 (the vendor will not fix it)'
      )
      // Only the vendor's "not affected" is suppressed; every other status
      // (will_not_fix, end_of_life...) stays open.
      expect(found.filter((f) => f.suppression).map((f) => f.rule.id)).toEqual([
        'CVE-2019-18276'
      ])
      expect(byRule(found, 'CVE-2019-18276').suppression).toEqual({
        kind: 'vex',
        reason:
          'the vendor states the package is not affected (Trivy status not_affected)',
        by: 'Debian Security Tracker'
      })
    }
  },
  {
    file: 'dd-fs-vuln-misconf-secrets.json',
    check: (found) => {
      expect(ofKind(found, 'vulnerability')).toHaveLength(2)
      expect(byRule(found, 'DS002').location).toEqual({
        path: 'Dockerfile',
        region: { startLine: 1 }
      })
      expect(
        ofKind(found, 'secret').map((f) => [f.location.path, f.location.region])
      ).toEqual([
        ['Dockerfile', { startLine: 24, endLine: 24 }],
        ['secret.txt', { startLine: 1, endLine: 1 }]
      ])
      expect(JSON.stringify(found)).not.toMatch(/GITHUB_PAT=|\*\*\*\*\*/)
    }
  },
  { file: 'dd-legacy-literal-null.json', check: (f) => expect(f).toEqual([]) },
  { file: 'dd-schema2-no-vulns.json', check: (f) => expect(f).toEqual([]) },
  {
    file: 'fs-gomod.json',
    check: (found) => {
      expect(found.map((f) => f.target)).toEqual([
        'go.mod',
        'go.mod',
        'go.mod',
        'submod/go.mod',
        'submod2/go.mod'
      ])
      const unknown = byRule(found, 'GMS-2022-20')
      expect([unknown.severity, unknown.score]).toEqual(['UNKNOWN', 0])
    }
  },
  {
    file: 'fs-npm.json',
    check: ([jquery, ...rest]) => {
      expect(rest).toHaveLength(0)
      expect(jquery?.message).toBe(
        'jquery 3.3.9 has CVE-2019-11358 (fixed in 3.4.0)'
      )
      // The lockfile lines come from the package list, by package id.
      expect(jquery?.location.region).toEqual({ startLine: 11, endLine: 15 })
      expect(jquery?.package?.purl).toBe('pkg:npm/jquery@3.3.9')
    }
  },
  {
    file: 'fs-pip.json',
    check: (found) => {
      expect(found.map((f) => f.rule.id)).toEqual([
        'CVE-2019-14806',
        'CVE-2020-28724'
      ])
      expect(found[0]?.location).toEqual({
        path: 'requirements.txt',
        region: { startLine: 1 }
      })
    }
  },
  {
    file: 'image-alpine-310.json',
    check: (found) => {
      expect(found).toHaveLength(4)
      expect(found[0]?.location).toEqual({
        image: { ref: 'testdata/fixtures/images/alpine-310.tar.gz' }
      })
      expect(found[0]?.target).toBe(
        'testdata/fixtures/images/alpine-310.tar.gz (alpine 3.10.2)'
      )
    }
  },
  {
    file: 'image-busybox-cargo-no-os.json',
    check: (found) => {
      expect(found.map((f) => f.package?.type)).toEqual(['cargo', 'cargo'])
      expect(found[0]?.target).toBe(
        'testdata/fixtures/images/busybox-with-lockfile.tar.gz (Cargo.lock)'
      )
    }
  },
  {
    file: 'image-debian-buster.json',
    check: (found) => {
      expect(found).toHaveLength(2)
      expect(byRule(found, 'CVE-2019-18276').message).toBe(
        'bash 5.0-4 has CVE-2019-18276 (no fix yet)'
      )
      expect(
        parse('image-debian-buster.json', true).map((f) => f.rule.id)
      ).toEqual(['CVE-2019-18224'])
    }
  },
  {
    file: 'image-distroless-base.json',
    check: (found) => expect(ofKind(found, 'vulnerability')).toHaveLength(4)
  },
  {
    file: 'image-spring4shell-jre8-jar.json',
    check: ([spring, ...rest]) => {
      // The os-pkgs result has no vulnerabilities; the custom one is data.
      expect(rest).toHaveLength(0)
      expect(spring?.rule.id).toBe('CVE-2022-22965')
      expect(spring?.target).toMatch(/spring4shell-jre8\.tar\.gz \(Java\)$/)
    }
  },
  {
    file: 'image-ubuntu-1804.json',
    check: (found) => expect(found).toHaveLength(5)
  },
  {
    file: 'issue127-map-format-2019.json',
    check: (found) => expect(found).toEqual([])
  },
  {
    file: 'issue5755-schema2-empty-results-INVALID.txt',
    error: /INVALID\.txt: is not valid JSON at line 16, column 3/
  },
  {
    file: 'k8s-summary-ids.json',
    error: /k8s-summary-ids\.json: is `trivy k8s` output.*--format json/
  },
  {
    file: 'legacy-v1-alpine-310-2021.json',
    check: (found) => {
      expect(found).toHaveLength(8)
      expect(found[0]?.location.image?.ref).toBe(
        'testdata/fixtures/alpine-310.tar.gz'
      )
      // No SeveritySource V3 score (nvd has only V2): Red Hat's V3 is used.
      expect(byRule(found, 'CVE-2019-1549').score).toBe(4.8)
    }
  },
  {
    file: 'misconf-dockerfile.json',
    check: ([check, ...rest]) => {
      expect(rest).toHaveLength(0)
      expect(check?.rule.id).toBe('DS-0002')
      expect(check?.rule.help).toContain("How to fix: Add 'USER <non root")
      expect(check?.rule.helpUri).toBe(
        'https://avd.aquasec.com/misconfig/ds-0002'
      )
    }
  },
  {
    file: 'misconf-helm-kubernetes.json',
    check: (found) => {
      expect(found).toHaveLength(6)
      expect(byRule(found, 'KSV-0001').location).toEqual({
        path: 'templates/deployment.yaml',
        region: { startLine: 28, endLine: 57 }
      })
      expect(byRule(found, 'KSV-0117').location.region).toEqual({
        startLine: 1
      })
    }
  },
  {
    file: 'misconf-terraform-no-failures.json',
    check: (found) => expect(found).toEqual([])
  },
  { file: 'repo-no-results.json', check: (f) => expect(f).toEqual([]) },
  {
    file: 'secrets-repo.json',
    check: (found) => {
      expect(
        found.map((f) => [f.rule.id, f.location.region?.startLine])
      ).toEqual([
        ['aws-access-key-id', 3],
        ['mysecret', 7]
      ])
      // Code.Lines hold an unmasked token on a neighbouring line.
      expect(JSON.stringify(found)).not.toMatch(/ghp_|AWS_ACCESS_KEY_ID=|\*{4}/)
      expect(found[0]?.message).toBe(
        'Secret found: AWS Access Key ID (AWS, rule aws-access-key-id); its value is not shown'
      )
    }
  },
  {
    file: 'vex-npm-with-suppressed.json',
    check: (found) => {
      expect(found.map((f) => [f.rule.id, f.suppression])).toEqual([
        ['CVE-2017-20165', undefined],
        [
          'CVE-2017-16137',
          {
            kind: 'vex',
            reason: 'not_affected: vulnerable_code_not_in_execute_path',
            by: './vex.json'
          }
        ]
      ])
    }
  }
]

describe('parseTrivyReport on the shared corpus', () => {
  it('has a case for every corpus file', () => {
    expect(CASES.map((c) => c.file).sort()).toEqual(
      readdirSync(TRIVY_CORPUS).sort()
    )
  })

  it.each(CASES)('$file', (testCase) => {
    if ('error' in testCase) {
      let thrown: unknown
      try {
        parse(testCase.file)
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(ScannerError)
      expect(thrown).toMatchObject({ code: 'BAD_OUTPUT', tool: 'trivy' })
      expect((thrown as Error).message).toMatch(testCase.error)

      return
    }

    testCase.check(parse(testCase.file))
  })

  it('gives every finding a fingerprint unique within its report', () => {
    for (const c of CASES.filter((c) => 'check' in c)) {
      const prints = parse(c.file).map((f) => f.fingerprint)
      expect(new Set(prints).size).toBe(prints.length)
    }
  })
})
