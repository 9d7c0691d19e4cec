import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'

import type {
  FailedOutcome,
  OkOutcome,
  ScanOutcome
} from '../../../src/scanners/outcome.js'
import {
  trivyFsScanner,
  trivyImageScanner
} from '../../../src/scanners/trivy/index.js'
import { corpusPath } from './corpus.js'
import { fixturePath } from './fixtures.js'
import {
  EMPTY_PATH,
  fakeTrivyOnPath,
  readFakeLog,
  testConfig,
  testContext,
  testPlan
} from './helpers.js'

const work = mkdtempSync(path.join(tmpdir(), 'csg-trivy-test-'))
const root = path.join(work, 'repo')
mkdirSync(root)
const DIGEST = `sha256:${'b'.repeat(64)}`
let logCount = 0

function fakeLog(): string {
  const file = path.join(work, `fake-${++logCount}.jsonl`)
  process.env.FAKE_TRIVY_LOG = file

  return file
}

function ok(outcome: ScanOutcome | undefined): OkOutcome {
  if (outcome?.status !== 'ok') {
    throw new Error(`expected ok, got ${JSON.stringify(outcome)}`)
  }

  return outcome
}

function failed(outcome: ScanOutcome | undefined): FailedOutcome {
  if (outcome?.status !== 'failed') {
    throw new Error(`expected failed, got ${JSON.stringify(outcome)}`)
  }

  return outcome
}

afterEach(() => {
  for (const key of Object.keys(process.env)) {
    if (key.startsWith('FAKE_TRIVY_') || key === 'TRIVY_PASSWORD') {
      delete process.env[key]
    }
  }
})

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('trivyFsScanner', () => {
  it('runs trivy fs in the repository and reads its report', async () => {
    const log = fakeLog()
    process.env.FAKE_TRIVY_REPORT = corpusPath(
      'dd-fs-vuln-misconf-secrets.json'
    )
    const context = testContext(
      testConfig(),
      testPlan(root),
      fakeTrivyOnPath(work)
    )

    const [outcome, ...rest] = await trivyFsScanner.scan(context)

    expect(rest).toHaveLength(0)
    const result = ok(outcome)
    expect(result).toMatchObject({
      scanner: 'trivy-fs',
      tool: 'trivy',
      toolVersion: '0.58.1',
      target: { kind: 'repository', name: '.' }
    })
    expect(result.findings).toHaveLength(5)
    const run = readFakeLog(log).find((l) => l.argv?.[0] === 'fs')
    expect(run?.argv?.slice(-2)).toEqual(['--', root])
    expect(run?.argv).toContain('--format=json')
    expect(context.logger.lines).toContainEqual({
      level: 'group',
      message: `trivy fs ${root}`
    })
    expect(context.logger.text()).toMatch(
      /5 findings \(CRITICAL 2, HIGH 2, MEDIUM 1\) in \d+\.\d s/
    )
  })

  it('leaves credentials already in the environment to Trivy', async () => {
    const log = fakeLog()
    process.env.TRIVY_PASSWORD = 'hunter2-registry-secret'
    const context = testContext(
      testConfig(),
      testPlan(root),
      fakeTrivyOnPath(work)
    )

    ok((await trivyFsScanner.scan(context))[0])

    const runs = readFakeLog(log).filter((l) => l.event === 'start')
    expect(runs.every((l) => l.envKeys?.includes('TRIVY_PASSWORD'))).toBe(true)
    expect(JSON.stringify(runs)).not.toContain('hunter2')
  })

  it('fails with the FATAL line when trivy exits non-zero', async () => {
    process.env.FAKE_TRIVY_EXIT_CODE = '1'
    const context = testContext(
      testConfig(),
      testPlan(root),
      fakeTrivyOnPath(work)
    )

    const outcome = failed((await trivyFsScanner.scan(context))[0])

    expect(outcome.error).toMatchObject({ code: 'EXIT_CODE', tool: 'trivy' })
    expect(outcome.error.details.exitCode).toBe(1)
    expect(outcome.error.details.stderrLine).toMatch(
      /FATAL\tFatal error\tfs scan error/
    )
    expect(outcome.error.message).toMatch(/^trivy fs .*exited with code 1/)
    expect(outcome.toolVersion).toBe('0.58.1')
  })

  it('says how to install Trivy when it is not on PATH', async () => {
    const context = testContext(testConfig(), testPlan(root), EMPTY_PATH)

    const outcome = failed((await trivyFsScanner.scan(context))[0])

    expect(outcome.error.code).toBe('NOT_FOUND')
    expect(outcome.error.details.hint).toMatch(/Install Trivy .*PATH/)
    expect(context.logger.text()).toContain('trivy was not found on PATH')
  })

  it('stops a trivy that outlives its timeout', async () => {
    process.env.FAKE_TRIVY_HANG = '1'
    const config = testConfig({}, { timeoutSeconds: 1 })
    const context = testContext(config, testPlan(root), fakeTrivyOnPath(work))

    const outcome = failed((await trivyFsScanner.scan(context))[0])

    expect(outcome.error.code).toBe('TIMED_OUT')
    expect(outcome.durationMs).toBeLessThan(10_000)
  })

  it('fails, naming the run, when the report is not valid JSON', async () => {
    process.env.FAKE_TRIVY_RAW = '{"SchemaVersion": 2, "Results": ['
    const context = testContext(
      testConfig(),
      testPlan(root),
      fakeTrivyOnPath(work)
    )

    const outcome = failed((await trivyFsScanner.scan(context))[0])

    expect(outcome.error.code).toBe('BAD_OUTPUT')
    expect(outcome.error.message).toBe(
      `Trivy report output of trivy fs ${root}: is not valid JSON at line 1, column 34: Unexpected end of JSON input`
    )
  })

  it('fails when trivy exits 0 without writing its report', async () => {
    process.env.FAKE_TRIVY_NO_OUTPUT = '1'
    const context = testContext(
      testConfig(),
      testPlan(root),
      fakeTrivyOnPath(work)
    )

    const outcome = failed((await trivyFsScanner.scan(context))[0])

    expect(outcome.error.code).toBe('BAD_OUTPUT')
    expect(outcome.error.message).toContain(
      'exited without writing its JSON report'
    )
  })
})

describe('trivyImageScanner', () => {
  const api = {
    ref: 'ghcr.io/acme/api:1.2',
    archive: false,
    digest: DIGEST,
    dockerfile: 'services/api/Dockerfile',
    fromLine: 4
  }
  const web = { ref: 'ghcr.io/acme/web:1.2', archive: false }

  it('scans each image pinned to its digest, one outcome each, in plan order', async () => {
    const log = fakeLog()
    process.env.FAKE_TRIVY_IMAGE_REPORTS = JSON.stringify({
      [`ghcr.io/acme/api@${DIGEST}`]: corpusPath('image-debian-buster.json'),
      'ghcr.io/acme/web:1.2': corpusPath('image-alpine-310.json')
    })
    const plan = testPlan(root, [api, web])
    const context = testContext(testConfig(), plan, fakeTrivyOnPath(work))

    const [first, second] = (await trivyImageScanner.scan(context)).map(ok)

    expect(first?.target).toEqual({ kind: 'image', name: api.ref })
    expect(first?.findings[0]?.location).toEqual({
      image: { ref: api.ref, digest: DIGEST },
      path: 'services/api/Dockerfile',
      region: { startLine: 4 }
    })
    expect(second?.findings).toHaveLength(4)
    expect(second?.findings[0]?.location).toEqual({ image: { ref: web.ref } })
    const versions = readFakeLog(log).filter((l) => l.argv?.[0] === '--version')
    expect(versions).toHaveLength(1)
  })

  it('fails only the image that could not be scanned', async () => {
    process.env.FAKE_TRIVY_FAIL_FOR = JSON.stringify(['ghcr.io/acme/web:1.2'])
    const plan = testPlan(root, [api, web])
    const context = testContext(testConfig(), plan, fakeTrivyOnPath(work))

    const [first, second] = await trivyImageScanner.scan(context)

    ok(first)
    expect(failed(second).error.message).toMatch(
      /^trivy image ghcr\.io\/acme\/web:1\.2: trivy exited with code 1: .*MANIFEST_UNKNOWN/
    )
  })

  it('tells a registry refusal apart and says how to log in', async () => {
    process.env.FAKE_TRIVY_EXIT_CODE = '1'
    process.env.FAKE_TRIVY_STDERR =
      'FATAL\tFatal error\timage scan error: GET https://ghcr.io/v2/acme/api/manifests/1.2: UNAUTHORIZED: authentication required'
    const context = testContext(
      testConfig(),
      testPlan(root, [web]),
      fakeTrivyOnPath(work)
    )

    const outcome = failed((await trivyImageScanner.scan(context))[0])

    expect(outcome.error.code).toBe('REGISTRY_AUTH')
    expect(outcome.error.details.hint).toContain('TRIVY_USERNAME')
  })

  it('scans an archive with --input', async () => {
    const log = fakeLog()
    const archive = { ref: 'build/app.tar', archive: true }
    const context = testContext(
      testConfig(),
      testPlan(root, [archive]),
      fakeTrivyOnPath(work)
    )

    ok((await trivyImageScanner.scan(context))[0])

    const run = readFakeLog(log).find((l) => l.argv?.[0] === 'image')
    expect(run?.argv?.at(-1)).toBe('--input=build/app.tar')
  })

  it('runs no more images at once than the concurrency allows', async () => {
    const log = fakeLog()
    process.env.FAKE_TRIVY_DELAY_MS = '300'
    const images = ['a', 'b', 'c', 'd', 'e'].map((n) => ({
      ref: `registry.local/${n}:1`,
      archive: false
    }))
    const config = testConfig({ concurrency: 2 })
    const context = testContext(
      config,
      testPlan(root, images),
      fakeTrivyOnPath(work)
    )

    const outcomes = await trivyImageScanner.scan(context)

    expect(outcomes.map((o) => [o.status, o.target.name])).toEqual(
      images.map((i) => ['ok', i.ref])
    )
    expect(maxOverlap(readFakeLog(log))).toBe(2)
  })

  it('has nothing to do without images', async () => {
    const context = testContext(testConfig(), testPlan(root), EMPTY_PATH)

    expect(await trivyImageScanner.scan(context)).toEqual([])
  })
})

describe('reading existing reports (trivy.reports)', () => {
  const reports = [
    corpusPath('vex-npm-with-suppressed.json'),
    fixturePath('image-mixed-kinds.json'),
    'missing/report.json',
    corpusPath('issue5755-schema2-empty-results-INVALID.txt')
  ]

  it('reads each report instead of running Trivy, failing the bad ones by name', async () => {
    const config = testConfig({ path: root }, { reports })
    const context = testContext(config, testPlan(root), EMPTY_PATH)

    const outcomes = await trivyFsScanner.scan(context)

    expect(outcomes.map((o) => [o.status, o.target])).toEqual(
      reports.map((name, i) => [
        i < 2 ? 'ok' : 'failed',
        { kind: 'report', name }
      ])
    )
    expect(ok(outcomes[0]).findings.filter((f) => f.suppression)).toHaveLength(
      1
    )
    expect(failed(outcomes[2]).error.message).toMatch(
      /^Trivy report missing\/report\.json could not be read: .*ENOENT/
    )
    expect(failed(outcomes[3]).error.message).toContain(
      'INVALID.txt: is not valid JSON at line 16, column 3'
    )
  })

  it('reads them once: the image scanner leaves them to trivy-fs', async () => {
    const config = testConfig({ path: root }, { reports })
    const context = testContext(config, testPlan(root), EMPTY_PATH)

    expect(await trivyImageScanner.scan(context)).toEqual([])
  })

  it('lets the image scanner read them when trivy-fs is off', async () => {
    const config = testConfig(
      { path: root, scanners: ['trivy-image'] },
      { reports: reports.slice(1, 2) }
    )
    const plan = testPlan(root, [
      {
        ref: 'ghcr.io/acme/api:1.2',
        archive: false,
        dockerfile: 'Dockerfile',
        fromLine: 2
      }
    ])
    const context = testContext(config, plan, EMPTY_PATH)

    const [outcome] = await trivyImageScanner.scan(context)

    const finding = ok(outcome).findings[0]
    expect(outcome?.scanner).toBe('trivy-image')
    expect(finding?.location.path).toBe('Dockerfile')
    expect(finding?.location.region).toEqual({ startLine: 2 })
  })
})

// The most image scans the fake saw running at the same moment.
function maxOverlap(lines: ReturnType<typeof readFakeLog>): number {
  const scans = new Set(
    lines.filter((l) => l.argv?.[0] === 'image').map((l) => l.pid)
  )
  const events = lines
    .filter((l) => scans.has(l.pid))
    .map((l) => ({ time: l.time, delta: l.event === 'start' ? 1 : -1 }))
    .sort((a, b) => a.time - b.time || a.delta - b.delta)
  let running = 0
  let most = 0
  for (const event of events) {
    running += event.delta
    most = Math.max(most, running)
  }

  return most
}
