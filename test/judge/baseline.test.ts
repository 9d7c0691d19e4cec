import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { UserError } from '../../src/errors.js'
import { compareWithBaseline, loadBaseline } from '../../src/judge/baseline.js'
import { writeSarif } from '../../src/reports/sarif/index.js'
import { sampleFindings, sampleReport } from '../fixtures/reports/report.js'
import { vuln } from '../fixtures/reports/build.js'
import { expectValidSarif } from '../helpers/sarif.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'csg-baseline-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('loadBaseline and compareWithBaseline', () => {
  it('reads back every finding of an earlier log of ours and marks new, unchanged and absent', async () => {
    const earlier = path.join(dir, 'earlier.sarif')
    const before = sampleFindings()
    await writeSarif(earlier, sampleReport({ findings: before }))

    const baseline = await loadBaseline(earlier)
    const gone = before[0]!
    const fresh = vuln('CVE-2025-9999', 'HIGH')
    const now = [...before.slice(1), fresh]
    const compared = compareWithBaseline(now, baseline)

    expect(baseline.findings.size).toBe(before.length)
    expect(baseline.unreadable).toBe(0)
    expect(compared.findings.filter((f) => f.baselineState === 'new')).toEqual([
      { ...fresh, baselineState: 'new' }
    ])
    expect(
      compared.findings.filter((f) => f.baselineState === 'unchanged')
    ).toHaveLength(before.length - 1)
    expect(compared.absent).toHaveLength(1)
    expect(compared.absent[0]).toMatchObject({
      rule: {
        id: gone.rule.id,
        title: gone.rule.title,
        helpUri: gone.rule.helpUri
      },
      severity: gone.severity,
      score: gone.score,
      message: gone.message,
      location: { path: 'package-lock.json', region: { startLine: 1 } },
      package: {
        name: 'lodash',
        installedVersion: '4.17.20',
        fixedVersion: '4.17.21'
      },
      fingerprint: gone.fingerprint,
      baselineState: 'absent'
    })
  })

  it('gives an image finding without a Dockerfile back as an image, not a file', async () => {
    const earlier = path.join(dir, 'image.sarif')
    await writeSarif(earlier, sampleReport())
    const baseline = await loadBaseline(earlier)
    const worker = [...baseline.findings.values()].find(
      (f) => f.rule.id === 'CVE-2022-0778'
    )

    expect(worker?.location).toEqual({
      image: { ref: 'registry.example.com:5000/acme/worker:1.4' }
    })
  })

  it('writes a comparison as a valid log with baseline states', async () => {
    const earlier = path.join(dir, 'before.sarif')
    const later = path.join(dir, 'after.sarif')
    const before = sampleFindings()
    await writeSarif(earlier, sampleReport({ findings: before }))
    const compared = compareWithBaseline(
      before.slice(2),
      await loadBaseline(earlier)
    )
    await writeSarif(
      later,
      sampleReport({ findings: compared.findings, absent: compared.absent }),
      { includeAbsent: true }
    )

    await expectValidSarif(later)
  })

  it('counts results without our fingerprint and skips results that were absent', async () => {
    const foreign = path.join(dir, 'foreign.sarif')
    await writeFile(
      foreign,
      JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'other' } },
            results: [
              { ruleId: 'X', message: { text: 'x' } },
              {
                ruleId: 'Y',
                level: 'error',
                message: { text: 'y' },
                partialFingerprints: { 'csg/v1': 'f1' }
              },
              {
                ruleId: 'Z',
                baselineState: 'absent',
                message: { text: 'z' },
                partialFingerprints: { 'csg/v1': 'f2' }
              }
            ]
          }
        ]
      })
    )
    const baseline = await loadBaseline(foreign)

    expect(baseline.unreadable).toBe(1)
    expect([...baseline.findings.keys()]).toEqual(['f1'])
    expect(baseline.findings.get('f1')).toMatchObject({
      severity: 'HIGH',
      message: 'y'
    })
  })

  it.each([
    [
      'missing',
      undefined,
      /^baseline-sarif: .*missing\.sarif cannot be read as JSON/
    ],
    ['broken', '{"runs": [', /cannot be read as JSON/],
    [
      'not SARIF',
      '{"results": []}',
      /is not a SARIF log \(no "runs" list\)\. Give a SARIF log written by an earlier run of this gate\.$/
    ]
  ])(
    'rejects a %s file with a message naming it',
    async (name, content, message) => {
      const file = path.join(dir, `${name.replace(' ', '-')}.sarif`)
      if (content !== undefined) await writeFile(file, content)

      const loading = loadBaseline(file)
      await expect(loading).rejects.toBeInstanceOf(UserError)
      await expect(loadBaseline(file)).rejects.toThrow(message)
    }
  )
})
