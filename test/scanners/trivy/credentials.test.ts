import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'

import type { Config } from '../../../src/config/config.js'
import type { Plan } from '../../../src/plan/plan.js'
import {
  trivyFsScanner,
  trivyImageScanner
} from '../../../src/scanners/trivy/index.js'
import {
  fakeTrivyOnPath,
  readFakeLog,
  testConfig,
  testContext,
  testPlan,
  type FakeLogLine
} from './helpers.js'

// Which Trivy run got which registry credentials: the fake logs the names
// of the variables it saw and echoes the (non-secret) user name.
const work = mkdtempSync(path.join(tmpdir(), 'csg-trivy-creds-'))
const root = path.join(work, 'repo')
mkdirSync(root)
const tools = fakeTrivyOnPath(work)
const SECRET = 'hunter2-registry-secret'
const AUTH = { registryAuth: { username: 'bob', password: SECRET } }
const GHCR = { ref: 'ghcr.io/acme/api:1.2', archive: false }
const HUB = { ref: 'alpine:3.20', archive: false }
const OTHER = { ref: 'registry.example.com:5000/team/web:7', archive: false }
const CHANGED = [
  'FAKE_TRIVY_LOG',
  'FAKE_TRIVY_ECHO_ENV',
  'REGISTRY_HOST',
  'REGISTRY_USERNAME',
  'REGISTRY_PASSWORD'
]
let logCount = 0

afterEach(() => {
  for (const key of CHANGED) delete process.env[key]
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

interface Run {
  readonly runs: FakeLogLine[]
  readonly logText: string
}

// Runs one scanner over the plan and returns the fake's start lines.
async function scan(
  scanner: typeof trivyFsScanner,
  config: Config,
  plan: Plan
): Promise<Run> {
  const log = path.join(work, `fake-${++logCount}.jsonl`)
  process.env.FAKE_TRIVY_LOG = log
  process.env.FAKE_TRIVY_ECHO_ENV = 'TRIVY_USERNAME'
  const context = testContext(config, plan, tools)

  const outcomes = await scanner.scan(context)

  expect(outcomes.map((o) => o.status)).toEqual(outcomes.map(() => 'ok'))
  const runs = readFakeLog(log).filter(
    (l) => l.event === 'start' && l.argv?.[0] !== '--version'
  )
  expect(JSON.stringify(runs)).not.toContain(SECRET)
  expect(context.logger.text()).not.toContain(SECRET)

  return { runs, logText: context.logger.text() }
}

// The user name each scanned subject was given, `undefined` for none.
function usersBySubject(runs: FakeLogLine[]): Record<string, unknown> {
  return Object.fromEntries(
    runs.map((run) => {
      const got = run.envKeys?.includes('TRIVY_PASSWORD')
        ? run.env?.TRIVY_USERNAME
        : undefined

      return [run.argv?.at(-1), got]
    })
  )
}

describe('registry credentials given to Trivy', () => {
  it('gives them only to the image on REGISTRY_HOST', async () => {
    process.env.REGISTRY_HOST = 'ghcr.io'
    const plan = testPlan(root, [GHCR, HUB, OTHER])

    const { runs, logText } = await scan(
      trivyImageScanner,
      testConfig(AUTH),
      plan
    )

    expect(usersBySubject(runs)).toEqual({
      [GHCR.ref]: 'bob',
      [HUB.ref]: undefined,
      [OTHER.ref]: undefined
    })
    expect(logText).toContain(
      'trivy: no registry credentials for docker.io, they are for ghcr.io (REGISTRY_HOST)'
    )
  })

  it('reads them from REGISTRY_USERNAME and REGISTRY_PASSWORD too', async () => {
    process.env.REGISTRY_HOST = 'registry.example.com:5000'
    process.env.REGISTRY_USERNAME = 'bob'
    process.env.REGISTRY_PASSWORD = SECRET
    const plan = testPlan(root, [GHCR, OTHER])

    const { runs } = await scan(trivyImageScanner, testConfig(), plan)

    expect(usersBySubject(runs)).toEqual({
      [GHCR.ref]: undefined,
      [OTHER.ref]: 'bob'
    })
  })

  it('matches Docker Hub images by their canonical registry', async () => {
    process.env.REGISTRY_HOST = 'docker.io'
    const plan = testPlan(root, [GHCR, HUB])

    const { runs } = await scan(trivyImageScanner, testConfig(AUTH), plan)

    expect(usersBySubject(runs)).toEqual({
      [GHCR.ref]: undefined,
      [HUB.ref]: 'bob'
    })
  })

  it('gives them to every image when REGISTRY_HOST is unset', async () => {
    const plan = testPlan(root, [GHCR, HUB])

    const { runs } = await scan(trivyImageScanner, testConfig(AUTH), plan)

    expect(usersBySubject(runs)).toEqual({
      [GHCR.ref]: 'bob',
      [HUB.ref]: 'bob'
    })
  })

  it('gives none for an image archive', async () => {
    const archive = { ref: 'build/app.tar', archive: true }

    const { runs } = await scan(
      trivyImageScanner,
      testConfig(AUTH),
      testPlan(root, [archive])
    )

    expect(usersBySubject(runs)).toEqual({
      '--input=build/app.tar': undefined
    })
  })

  it('gives none to the repository scan', async () => {
    const { runs } = await scan(
      trivyFsScanner,
      testConfig(AUTH),
      testPlan(root)
    )

    expect(runs).toHaveLength(1)
    expect(runs[0]?.argv?.[0]).toBe('fs')
    expect(runs[0]?.envKeys).not.toContain('TRIVY_USERNAME')
    expect(runs[0]?.envKeys).not.toContain('TRIVY_PASSWORD')
  })
})
