import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'

import { judge } from '../../../src/judge/index.js'
import { RecordingLogger } from '../../../src/logging.js'
import { writeSarif, type SarifLog } from '../../../src/reports/sarif/index.js'
import { parseTrivyReport } from '../../../src/scanners/trivy/index.js'
import { trivyFsScanner } from '../../../src/scanners/trivy/index.js'
import { sampleReport } from '../../fixtures/reports/report.js'
import { expectValidSarif } from '../../helpers/sarif.js'
import { corpusPath } from './corpus.js'
import { EMPTY_PATH, testConfig, testContext, testPlan } from './helpers.js'

// A vulnerability the vendor marks `not_affected` is reported, suppressed,
// and never fails the gate, whatever the threshold.
const work = mkdtempSync(path.join(tmpdir(), 'csg-trivy-not-affected-'))
const REPORT = corpusPath('dd-all-statuses.json')
const CVE = 'CVE-2019-18276'

afterAll(() => rmSync(work, { recursive: true, force: true }))

function vuln(status: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    SchemaVersion: 2,
    ArtifactName: 'ghcr.io/acme/api:1',
    ArtifactType: 'container_image',
    Results: [
      {
        Target: 'ghcr.io/acme/api:1 (debian 12)',
        Class: 'os-pkgs',
        Type: 'debian',
        Vulnerabilities: [
          {
            VulnerabilityID: 'CVE-2024-0001',
            PkgName: 'bash',
            InstalledVersion: '5.2',
            Status: status,
            Severity: 'CRITICAL',
            ...extra
          }
        ]
      }
    ]
  })
}

describe('Trivy status not_affected', () => {
  it('keeps the finding but does not let it block, and SARIF shows it suppressed', async () => {
    const config = testConfig(
      { path: work, severityThreshold: 'LOW' },
      { reports: [REPORT] }
    )
    const outcomes = await trivyFsScanner.scan(
      testContext(config, testPlan(work), EMPTY_PATH)
    )
    const logger = new RecordingLogger()

    const judged = await judge(outcomes, config, { today: new Date(), logger })

    const blocking = judged.verdict.blocking.map((f) => f.rule.id)
    expect(judged.findings.map((f) => f.rule.id)).toContain(CVE)
    expect(blocking).not.toContain(CVE)
    expect(blocking).toContain('CVE-2018-12698')
    expect(judged.verdict.counts.suppressed).toBe(1)

    const file = path.join(work, 'statuses.sarif')
    await writeSarif(
      file,
      sampleReport({ root: work, outcomes, findings: judged.findings })
    )
    const sarif = JSON.parse(readFileSync(file, 'utf8')) as SarifLog
    const results = sarif.runs.flatMap((r) => r.results)
    const suppressed = results.filter((r) => r.suppressions?.length)
    expect(suppressed.map((r) => r.ruleId)).toEqual([CVE])
    expect(JSON.stringify(suppressed[0]?.suppressions)).toContain(
      'Trivy status not_affected'
    )
    await expectValidSarif(file)
  })

  it('names the data source by its ID when it has no name, else Trivy', () => {
    const [byId] = parseTrivyReport(
      vuln('not_affected', { DataSource: { ID: 'ubuntu' } }),
      'x.json'
    )
    const [bare] = parseTrivyReport(vuln('not_affected'), 'x.json')

    expect(byId?.suppression?.by).toBe('ubuntu')
    expect(bare?.suppression?.by).toBe('Trivy')
  })

  it.each(['affected', 'will_not_fix', 'fix_deferred', 'end_of_life'])(
    'leaves status %s open',
    (status) => {
      const [finding] = parseTrivyReport(vuln(status), 'x.json')

      expect(finding?.suppression).toBeUndefined()
    }
  )
})
