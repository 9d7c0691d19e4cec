import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { judge } from '../../src/judge/index.js'
import { RecordingLogger } from '../../src/logging.js'
import { writeSarif } from '../../src/reports/sarif/index.js'
import { failed, ok, policy, vuln } from '../fixtures/reports/build.js'
import { judgeConfig } from '../fixtures/reports/config.js'
import { sampleReport } from '../fixtures/reports/report.js'

const today = new Date('2025-03-01T00:00:00Z')
let root: string

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'csg-judge-'))
  await mkdir(path.join(root, '.container-security-gate'))
  await writeFile(
    path.join(root, '.container-security-gate/exceptions.yaml'),
    [
      'exceptions:',
      '  - {id: CVE-2024-0001, reason: Accepted by security, expires: 2099-01-01, by: bob}',
      '  - {id: CVE-2024-0002, reason: Was accepted, expires: 2025-01-01}'
    ].join('\n')
  )
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

const findings = [
  vuln('CVE-2024-0001', 'CRITICAL'),
  vuln('CVE-2024-0002', 'HIGH'),
  policy('CSG-D5', 'LOW', 'Dockerfile', 4),
  vuln('CVE-2024-0003', 'UNKNOWN')
]

describe('judge', () => {
  it('drops findings below the minimum, applies exceptions and gates', async () => {
    const logger = new RecordingLogger()
    const config = judgeConfig(root, { minSeverity: 'LOW' })
    const result = await judge([ok('trivy-fs', '.', findings)], config, {
      today,
      logger
    })

    expect(result.dropped).toBe(1)
    expect(result.findings.map((f) => [f.rule.id, f.suppression?.by])).toEqual([
      ['CVE-2024-0001', 'bob'],
      ['CVE-2024-0002', undefined],
      ['CSG-D5', undefined]
    ])
    expect(result.verdict).toMatchObject({
      status: 'failed-findings',
      exitCode: 1
    })
    expect(result.verdict.blocking.map((f) => f.rule.id)).toEqual([
      'CVE-2024-0002'
    ])
    expect(result.notes).toEqual([
      '1 finding(s) below LOW were left out of the report.',
      'Expired exception no longer suppresses: .container-security-gate/exceptions.yaml exceptions[1] (CVE-2024-0002) expired on 2025-01-01; renew it with a new date and reason, or fix the finding.'
    ])
    expect(logger.text()).toContain(
      'warning: Expired exception no longer suppresses'
    )
    expect(result.absent).toEqual([])
  })

  it('never drops a finding that reaches the threshold, even below the minimum', async () => {
    const config = judgeConfig(root, {
      minSeverity: 'CRITICAL',
      severityThreshold: 'HIGH'
    })
    const result = await judge([ok('trivy-fs', '.', findings)], config, {
      today,
      logger: new RecordingLogger()
    })

    expect(result.findings.map((f) => f.rule.id)).toEqual([
      'CVE-2024-0001',
      'CVE-2024-0002'
    ])
    expect(result.verdict.exitCode).toBe(1)
  })

  it('gates on new findings against a baseline, keeping failed scanners’ partial findings', async () => {
    const baseline = path.join(root, 'baseline.sarif')
    await writeSarif(
      baseline,
      sampleReport({ findings: [findings[1]!, findings[2]!] })
    )
    const fresh = vuln('CVE-2025-0100', 'HIGH')
    const broken = {
      ...failed('trivy-image', 'ghcr.io/acme/api:2'),
      findings: [fresh]
    }
    const config = judgeConfig(root, {
      baseline,
      failOn: 'new',
      failOnScannerError: false
    })
    const result = await judge(
      [ok('trivy-fs', '.', findings.slice(0, 2)), broken],
      config,
      {
        today,
        logger: new RecordingLogger()
      }
    )

    expect(result.findings.map((f) => [f.rule.id, f.baselineState])).toEqual([
      ['CVE-2024-0001', 'new'],
      ['CVE-2024-0002', 'unchanged'],
      ['CVE-2025-0100', 'new']
    ])
    expect(result.absent.map((f) => f.rule.id)).toEqual(['CSG-D5'])
    expect(result.verdict.blocking.map((f) => f.rule.id)).toEqual([
      'CVE-2025-0100'
    ])
    expect(result.verdict.exitCode).toBe(1)
  })

  it('says that fail-on new without a baseline counts everything', async () => {
    const config = judgeConfig(root, {
      failOn: 'new',
      exceptionsFile: undefined
    })
    const result = await judge([ok('trivy-fs', '.', findings)], config, {
      today,
      logger: new RecordingLogger()
    })

    expect(result.notes).toContain(
      'fail-on is "new" but no baseline-sarif was given: every finding counts as new.'
    )
    expect(result.verdict.blocking).toHaveLength(2)
  })
})
