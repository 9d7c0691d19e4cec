import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'

import { writeSarif } from '../../../src/reports/sarif/index.js'
import { trivyFsScanner } from '../../../src/scanners/trivy/index.js'
import { sampleReport } from '../../fixtures/reports/report.js'
import { expectValidSarif } from '../../helpers/sarif.js'
import { TRIVY_CORPUS } from './corpus.js'
import { fixturePath } from './fixtures.js'
import { EMPTY_PATH, testConfig, testContext, testPlan } from './helpers.js'

const work = mkdtempSync(path.join(tmpdir(), 'csg-trivy-sarif-'))

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('Trivy findings in the SARIF log', () => {
  it('are valid for GitHub and the OASIS schema, from the corpus reports', async () => {
    const reports = [
      ...readdirSync(TRIVY_CORPUS).map((file) => path.join(TRIVY_CORPUS, file)),
      fixturePath('image-mixed-kinds.json'),
      fixturePath('map-format-with-vulns.json')
    ]
    const config = testConfig({ path: work }, { reports })
    const plan = testPlan(work, [
      {
        ref: 'ghcr.io/acme/api:1.2',
        archive: false,
        dockerfile: 'Dockerfile',
        fromLine: 1
      }
    ])
    const outcomes = await trivyFsScanner.scan(
      testContext(config, plan, EMPTY_PATH)
    )
    const findings = outcomes.flatMap((o) =>
      o.status === 'ok' ? o.findings : []
    )
    const file = path.join(work, 'trivy.sarif')

    const summary = await writeSarif(
      file,
      sampleReport({ root: work, outcomes, findings })
    )

    expect(outcomes.filter((o) => o.status === 'failed')).toHaveLength(3)
    expect(summary.results).toBe(findings.length)
    await expectValidSarif(file)
  })
})
