import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { judge } from '../../../src/judge/index.js'
import { RecordingLogger } from '../../../src/logging.js'
import type { Report } from '../../../src/reports/report.js'
import { toMarkdownSummary } from '../../../src/reports/markdown.js'
import { writeSarif, type SarifLog } from '../../../src/reports/sarif/index.js'
import { cosignScanner } from '../../../src/scanners/cosign/index.js'
import { COSIGN_RULES } from '../../../src/scanners/cosign/rules.js'
import { expectValidSarif } from '../../helpers/sarif.js'
import { CORPUS, configWith, cosignConfig, fakeTools } from './helpers.js'

// Each corpus outcome taken all the way to the reports: the SARIF log and
// the job summary must say what the classification said. The gate runs at
// the most lenient threshold, CRITICAL: an image whose signature was not
// verified must still fail it (exit 1), and a run that could not verify
// must fail as a broken scanner (exit 3).
const CASES = [
  ['err-identity-mismatch-issuer-pr2579.txt', 'finding', 'ISSUER_MISMATCH'],
  ['err-invalid-key-private-key-passed.txt', 'failure', 'INVALID_KEY'],
  [
    'err-invalid-signature-asn1-verify-blob.txt',
    'finding',
    'INVALID_SIGNATURE'
  ],
  ['err-keyless-identity-flags-required.txt', 'failure', 'USAGE'],
  [
    'err-no-matching-signatures-tlog-missing-v2.0.txt',
    'finding',
    'TLOG_MISSING'
  ],
  [
    'err-no-matching-signatures-wrong-key-pem-mismatch.txt',
    'finding',
    'WRONG_KEY'
  ],
  ['err-no-signatures-found-for-image-v2.0.txt', 'finding', 'NO_SIGNATURE'],
  ['err-no-signatures-found-v3.txt', 'finding', 'NO_SIGNATURE'],
  ['err-registry-unauthorized-artifactory.txt', 'failure', 'REGISTRY_AUTH'],
  [
    'verify-annotations-and-no-matching-claims.txt',
    'finding',
    'CLAIMS_MISMATCH'
  ],
  ['verify-key-ebpf-readme.json', 'verified', 'VERIFIED'],
  ['verify-keyless-bundle-readme-2023.json', 'verified', 'VERIFIED'],
  ['verify-keyless-bundle-readme-2023.txt', 'verified', 'VERIFIED'],
  ['verify-payload-cert-extensions-testfixture.json', 'verified', 'VERIFIED']
] as const

const IMAGE = 'ghcr.io/acme/api:1.4'
let root: string
const written: string[] = []

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'csg-cosign-report-'))
  await writeFile(path.join(root, 'Dockerfile'), 'FROM alpine:3.20\n')
})
afterAll(() => rm(root, { recursive: true, force: true }))

async function reportFor(
  file: string
): Promise<{ sarif: SarifLog; md: string; exitCode: number; hint?: string }> {
  const base = configWith(
    cosignConfig(
      // The issuer-mismatch capture is keyless and names Google as the
      // issuer it wanted; the others are verified with a key.
      file.includes('issuer')
        ? {
            key: undefined,
            certificateIdentityRegexp: '.*',
            certificateOidcIssuerRegexp: '.*google.*'
          }
        : {}
    ),
    root
  )
  const config = { ...base, severityThreshold: 'CRITICAL' as const }
  const logger = new RecordingLogger()
  process.env.CSG_FAKE_COSIGN_REPLAY = path.join(CORPUS, file)
  const plan = {
    root,
    dockerfiles: ['Dockerfile'],
    composeFiles: [],
    scripts: [],
    images: [
      { ref: IMAGE, archive: false, dockerfile: 'Dockerfile', fromLine: 1 }
    ]
  }
  try {
    const outcomes = await cosignScanner.scan({
      config,
      plan,
      logger,
      tools: fakeTools
    })
    const judged = await judge(outcomes, config, { today: new Date(), logger })
    const report: Report = {
      tool: {
        name: 'container-security-gate',
        version: '0.1.0',
        informationUri: 'https://example.com/csg'
      },
      root,
      outcomes,
      findings: judged.findings,
      verdict: judged.verdict,
      notes: judged.notes,
      startedAt: new Date(0),
      finishedAt: new Date(1000)
    }
    const sarifFile = path.join(root, `${file}.sarif`)
    await writeSarif(sarifFile, report)
    written.push(sarifFile)
    const { readFile } = await import('node:fs/promises')

    const failure = outcomes.find((o) => o.status === 'failed')

    return {
      sarif: JSON.parse(await readFile(sarifFile, 'utf8')) as SarifLog,
      md: toMarkdownSummary(report),
      exitCode: judged.verdict.exitCode,
      hint:
        failure?.status === 'failed' ? failure.error.details.hint : undefined
    }
  } finally {
    delete process.env.CSG_FAKE_COSIGN_REPLAY
  }
}

describe('cosign outcomes in the SARIF log and the summary', () => {
  it.each(CASES)('%s: %s %s', async (file, kind, code) => {
    const { sarif, md, exitCode } = await reportFor(file)
    const results = sarif.runs.flatMap((r) => r.results)
    const notes = sarif.runs.flatMap((r) =>
      r.invocations.flatMap((i) => i.toolExecutionNotifications ?? [])
    )

    switch (kind) {
      case 'finding': {
        const ruleId = COSIGN_RULES[code as keyof typeof COSIGN_RULES].id
        expect(results.map((r) => r.ruleId)).toEqual([ruleId])
        expect(
          results[0]?.locations?.[0]?.physicalLocation.artifactLocation.uri
        ).toBe('Dockerfile')
        expect(md).toContain('FAILED')
        expect(md).toContain(ruleId)
        expect(results[0]?.level).toBe('error')
        expect(exitCode).toBe(1)
        break
      }
      case 'failure':
        expect(results).toEqual([])
        expect(
          sarif.runs.some(
            (r) => r.invocations[0]?.executionSuccessful === false
          )
        ).toBe(true)
        expect(notes.some((n) => n.level === 'error')).toBe(true)
        expect(md).toContain('FAILED')
        expect(md).toMatch(/could not run/)
        expect(exitCode).toBe(3)
        break
      case 'verified':
        expect(results).toEqual([])
        expect(md).toContain('PASSED')
        expect(md).toContain(IMAGE)
        expect(exitCode).toBe(0)
        // The summary shows who signed it, where the signature says.
        if (file.includes('keyless'))
          expect(md).toContain('priya@chainguard.dev')
        break
    }
  })

  it('says which key an unusable cosign-key should be', async () => {
    const { hint } = await reportFor('err-invalid-key-private-key-passed.txt')

    expect(hint).toMatch(/cosign-key/)
    expect(hint).toMatch(/public key .*never the private cosign\.key/)
    expect(hint).toMatch(/env:\/\/VAR .*awskms:\/\//)
  })

  it('writes logs that pass the Multitool and the OASIS schema', async () => {
    // One log a case, and one more from the key hint check.
    expect(written).toHaveLength(CASES.length + 1)
    await expectValidSarif(...written)
  })
})
