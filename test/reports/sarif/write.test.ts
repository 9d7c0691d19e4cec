import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  FINGERPRINT_KEY,
  toSarif,
  writeSarif,
  type SarifLog
} from '../../../src/reports/sarif/index.js'
import {
  failed,
  imageVuln,
  ok,
  rule,
  vuln
} from '../../fixtures/reports/build.js'
import {
  API_IMAGE,
  sampleReport,
  WORKER_IMAGE
} from '../../fixtures/reports/report.js'
import { expectValidSarif } from '../../helpers/sarif.js'

// Every log these tests write is validated together at the end: one
// Multitool process for all of them.
const written: string[] = []
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'csg-sarif-'))
})
afterAll(async () => {
  if (process.env['KEEP_SARIF']) return
  await rm(dir, { recursive: true, force: true })
})

async function write(
  name: string,
  ...args: Parameters<typeof writeSarif> extends [string, ...infer R]
    ? R
    : never
): Promise<{ log: SarifLog; summary: Awaited<ReturnType<typeof writeSarif>> }> {
  const file = path.join(dir, name)
  const summary = await writeSarif(file, ...args)
  written.push(file)

  return { log: JSON.parse(await readFile(file, 'utf8')) as SarifLog, summary }
}

describe('writeSarif on the sample report', () => {
  let log: SarifLog
  const runOf = (key: string) => {
    const run = log.runs.find(
      (r) => r.automationDetails.id === `container-security-gate/${key}/`
    )
    if (!run) throw new Error(`no run ${key}`)
    return run
  }

  beforeAll(async () => {
    ;({ log } = await write('sample.sarif', sampleReport()))
  })

  it('writes one run per tool and target group, with distinct categories', () => {
    expect(log.runs.map((r) => r.automationDetails.id)).toEqual([
      'container-security-gate/cosign/',
      'container-security-gate/policy/',
      'container-security-gate/trivy-fs/',
      'container-security-gate/trivy-image/',
      'container-security-gate/trivy-image/ghcr.io-acme-api/',
      'container-security-gate/trivy-image/registry.example.com-5000-acme-worker/'
    ])
  })

  it('describes rules with a numeric security-severity, precision, tags, peers and help', () => {
    const rules = runOf('policy').tool.driver.rules ?? []
    const fs = runOf('trivy-fs').tool.driver.rules ?? []

    expect(rules.map((r) => r.id)).toEqual(['CSG-D1', 'CSG-D4'])
    expect(rules[0]).toMatchObject({
      name: 'CSGD1Title',
      shortDescription: { text: 'CSG-D1 title' },
      fullDescription: { text: 'Why CSG-D1 matters and how to fix it.' },
      help: { markdown: 'Why CSG-D1 matters and how to fix it.' },
      defaultConfiguration: { level: 'warning' },
      properties: {
        'security-severity': '5.5',
        precision: 'high',
        tags: ['security', 'policy'],
        peers: ['DL3002']
      }
    })
    expect(
      fs.find((r) => r.id === 'CVE-2024-21538')?.properties['security-severity']
    ).toBe('7.5')
    expect(fs.find((r) => r.id === 'CVE-2024-21538')?.helpUri).toBe(
      'https://avd.aquasec.com/nvd/cve-2024-21538'
    )
  })

  it('writes results most severe first, with levels, rule indexes and fingerprints', () => {
    const run = runOf('trivy-fs')
    const rules = run.tool.driver.rules ?? []

    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['aws-access-key-id', 'error'],
      ['DS-0002', 'error'],
      ['CVE-2024-21538', 'error'],
      ['CVE-2023-0001', 'note']
    ])
    for (const result of run.results) {
      expect(rules[result.ruleIndex]?.id).toBe(result.ruleId)
      expect(result.partialFingerprints[FINGERPRINT_KEY]).toMatch(
        /^[0-9a-f]{32}$/
      )
    }
  })

  it('points at files relative to %SRCROOT% with regions', () => {
    const [location] = runOf('policy').results[0]?.locations ?? []

    expect(runOf('policy').originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///work/repo/' }
    })
    expect(location?.physicalLocation).toEqual({
      artifactLocation: {
        uri: 'services/api/Dockerfile',
        uriBaseId: '%SRCROOT%'
      },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 24 }
    })
  })

  it('points image findings at their Dockerfile when known, else at the image name', () => {
    const [api] = runOf('trivy-image/ghcr.io-acme-api').results
    const worker = runOf('trivy-image/registry.example.com-5000-acme-worker')

    expect(api?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(
      'services/api/Dockerfile'
    )
    expect(api?.locations[0]?.logicalLocations?.[0]?.fullyQualifiedName).toBe(
      API_IMAGE
    )
    expect(worker.results[0]?.locations[0]).toEqual({
      physicalLocation: {
        artifactLocation: {
          uri: 'registry.example.com%3A5000/acme/worker',
          uriBaseId: '%SRCROOT%'
        },
        region: { startLine: 1 }
      },
      logicalLocations: [
        {
          name: 'registry.example.com:5000/acme/worker',
          fullyQualifiedName: `${WORKER_IMAGE}@sha256:${'ab'.repeat(32)}`,
          kind: 'module'
        }
      ]
    })
    expect(worker.results[0]?.properties).toMatchObject({
      severity: 'HIGH',
      package: {
        name: 'openssl',
        installedVersion: '1.1.1k-r0',
        fixedVersion: '1.1.1l-r0'
      }
    })
  })

  it('writes suppressions: inSource for inline, external otherwise', () => {
    const inline = runOf('policy').results.find((r) => r.ruleId === 'CSG-D4')
    const external = runOf(
      'trivy-image/registry.example.com-5000-acme-worker'
    ).results.find((r) => r.ruleId === 'CVE-2021-3712')

    expect(inline?.suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'build cache needs root (by services/api/Dockerfile:6)'
      }
    ])
    expect(external?.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification:
          'Not reachable: no TLS in worker (by alice), until 2099-12-31'
      }
    ])
    expect(inline).not.toHaveProperty('baselineState')
  })

  it('reports failed and skipped scanners as notifications', () => {
    const [cosign] = runOf('cosign').invocations
    const [skipped] = runOf('trivy-image').invocations
    const [worker] = runOf(
      'trivy-image/registry.example.com-5000-acme-worker'
    ).invocations

    expect(cosign?.executionSuccessful).toBe(false)
    expect(cosign?.toolExecutionNotifications).toContainEqual({
      level: 'error',
      message: {
        text: `cosign on ${WORKER_IMAGE} could not run: cosign exited with code 1. cosign said: Error: no signatures found`
      }
    })
    expect(skipped).toMatchObject({
      executionSuccessful: true,
      toolExecutionNotifications: [
        {
          level: 'note',
          message: {
            text: 'trivy-image on . was skipped: no images were given'
          }
        }
      ]
    })
    expect(worker?.toolExecutionNotifications?.[0]?.message.text).toContain(
      'end of life'
    )
  })

  it('names the tool behind each run and the log notes in the first run', () => {
    expect(runOf('trivy-fs').tool.extensions).toEqual([
      { name: 'trivy', version: '0.58.1', informationUri: 'https://trivy.dev/' }
    ])
    expect(runOf('policy').tool).not.toHaveProperty('extensions')
    expect(
      log.runs[0]?.invocations[0]?.toolExecutionNotifications
    ).toContainEqual({
      level: 'warning',
      message: {
        text: 'Exception for CVE-2020-1 (expired 2024-01-01) no longer applies.'
      }
    })
  })

  it('is deterministic whatever the order of findings and outcomes', () => {
    const report = sampleReport()
    const shuffled = sampleReport({
      findings: report.findings.slice().reverse(),
      outcomes: report.outcomes.slice().reverse()
    })

    expect(toSarif(shuffled)).toEqual(toSarif(report))
  })
})

describe('writeSarif within GitHub limits', () => {
  it('folds groups beyond 20 runs into one merged run and says so', async () => {
    const images = Array.from(
      { length: 23 },
      (_, i) => `ghcr.io/acme/svc${String(i).padStart(2, '0')}:1`
    )
    const findings = images.map((image) =>
      imageVuln('CVE-2024-1111', 'HIGH', image)
    )
    const outcomes = images.map((image, i) =>
      ok('trivy-image', image, [findings[i]!])
    )
    const { log, summary } = await write(
      'many-runs.sarif',
      sampleReport({ findings, outcomes, notes: [] })
    )
    const merged = log.runs.at(-1)

    expect(log.runs).toHaveLength(20)
    expect(merged?.automationDetails.id).toBe('container-security-gate/merged/')
    expect(merged?.results).toHaveLength(4)
    expect(summary.truncated.mergedGroups).toBe(4)
    expect(
      merged?.invocations[0]?.toolExecutionNotifications?.[0]?.message.text
    ).toBe(
      'GitHub accepts at most 20 runs in one log, so 4 target groups share this run: trivy-image/ghcr.io-acme-svc19, trivy-image/ghcr.io-acme-svc20, trivy-image/ghcr.io-acme-svc21, trivy-image/ghcr.io-acme-svc22.'
    )
  })

  it('keeps the most severe results of an over-full run and counts the rest', async () => {
    const severities = [
      'LOW',
      'CRITICAL',
      'MEDIUM',
      'HIGH',
      'UNKNOWN',
      'HIGH'
    ] as const
    const findings = severities.map((s, i) => vuln(`CVE-2024-200${i}`, s))
    const { log, summary } = await write(
      'over-count.sarif',
      sampleReport({
        findings,
        outcomes: [ok('trivy-fs', '.', findings)],
        notes: []
      }),
      { limits: { resultsPerRun: 3, gzipBytes: 10_000_000 } }
    )

    expect(log.runs[0]?.results.map((r) => r.ruleId)).toEqual([
      'CVE-2024-2001',
      'CVE-2024-2003',
      'CVE-2024-2005'
    ])
    expect(summary.truncated.resultsPerRun).toBe(3)
    expect(summary.results).toBe(3)
    expect(
      log.runs[0]?.invocations[0]?.toolExecutionNotifications
    ).toContainEqual({
      level: 'warning',
      message: {
        text: '3 least severe result(s) were left out: GitHub accepts at most 25000 results in one run.'
      }
    })
  })

  it('drops the lowest severities first to fit the gzipped size limit', async () => {
    const severities = ['LOW', 'CRITICAL', 'MEDIUM', 'HIGH'] as const
    const findings = Array.from({ length: 400 }, (_, i) =>
      vuln(`CVE-2024-${String(30000 + i)}`, severities[i % 4]!, {
        message: `Unique text ${i} ${'x'.repeat(i % 50)} ${Math.sin(i)}`
      })
    )
    const report = sampleReport({
      findings,
      outcomes: [ok('trivy-fs', '.', findings)],
      notes: []
    })
    const full = await writeSarif(path.join(dir, 'unlimited.sarif'), report)
    const limit = Math.floor(full.gzipBytes * 0.6)
    const { log, summary } = await write('over-size.sarif', report, {
      limits: { resultsPerRun: 25_000, gzipBytes: limit }
    })
    const levels = log.runs[0]?.results.map((r) => r.properties?.['severity'])

    expect(summary.gzipBytes).toBeLessThanOrEqual(limit)
    expect(summary.truncated.bySize).toBeGreaterThan(0)
    expect(summary.results + summary.truncated.bySize).toBe(400)
    expect(levels).not.toContain('LOW')
    expect(levels?.filter((l) => l === 'CRITICAL')).toHaveLength(100)
  })

  it('counts 25,001 results down to GitHub’s 25,000', () => {
    const findings = Array.from({ length: 25_001 }, (_, i) =>
      vuln(`CVE-2024-${i}`, i === 25_000 ? 'UNKNOWN' : 'LOW')
    )
    const log = toSarif(
      sampleReport({ findings, outcomes: [ok('trivy-fs', '.', findings)] })
    )

    expect(log.runs[0]?.results).toHaveLength(25_000)
    expect(
      log.runs[0]?.results.some((r) => r.ruleId === 'CVE-2024-25000')
    ).toBe(false)
  })
})

describe('writeSarif with a baseline', () => {
  it('writes baselineState on every result, and absent ones when asked', async () => {
    const findings = [
      vuln('CVE-2024-4001', 'HIGH', { baselineState: 'new' }),
      vuln('CVE-2024-4002', 'HIGH', { baselineState: 'unchanged' })
    ]
    const absent = [vuln('CVE-2024-4003', 'MEDIUM')]
    const report = sampleReport({
      findings,
      absent,
      outcomes: [ok('trivy-fs', '.', findings)],
      notes: []
    })
    const { log } = await write('baseline.sarif', report, {
      includeAbsent: true
    })
    const without = toSarif(report)

    expect(
      log.runs[0]?.results.map((r) => [r.ruleId, r.baselineState])
    ).toEqual([
      ['CVE-2024-4001', 'new'],
      ['CVE-2024-4002', 'unchanged'],
      ['CVE-2024-4003', 'absent']
    ])
    expect(without.runs[0]?.results).toHaveLength(2)
  })
})

describe('when a scanner failed outright', () => {
  it('reports it under a category of its own, so open alerts stay open', async () => {
    const imageFinding = imageVuln('CVE-2024-5001', 'HIGH', API_IMAGE)
    const report = sampleReport({
      findings: [imageFinding],
      outcomes: [
        failed('trivy-fs', '.'),
        ok('trivy-image', API_IMAGE, [imageFinding])
      ],
      notes: []
    })
    const { log } = await write('failed-scanner.sarif', report)
    const ids = log.runs.map((r) => r.automationDetails?.id)

    expect(ids).toContain('container-security-gate/failed/trivy-fs/')
    expect(ids).not.toContain('container-security-gate/trivy-fs/')
    const failedRun = log.runs.find(
      (r) =>
        r.automationDetails?.id === 'container-security-gate/failed/trivy-fs/'
    )
    expect(failedRun?.results).toEqual([])
    expect(failedRun?.invocations[0]?.executionSuccessful).toBe(false)
  })

  it('leaves out a rule name that would equal its id', () => {
    const finding = vuln('mysecret', 'HIGH', {
      rule: rule('mysecret', { title: 'My Secret' })
    })
    const log = toSarif(
      sampleReport({
        findings: [finding],
        outcomes: [ok('trivy-fs', '.', [finding])],
        notes: []
      })
    )
    const [sarifRule] = log.runs[0]?.tool.driver.rules ?? []

    expect(sarifRule?.id).toBe('mysecret')
    expect(sarifRule).not.toHaveProperty('name')
  })
})

it('every log written above passes the Multitool (Gh;Sarif) and the OASIS schema', async () => {
  expect(written.length).toBeGreaterThanOrEqual(5)
  await expectValidSarif(...written)
})
