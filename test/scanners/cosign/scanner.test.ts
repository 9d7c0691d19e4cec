import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { CosignConfig } from '../../../src/config/config.js'
import { RecordingLogger } from '../../../src/logging.js'
import type { Plan } from '../../../src/plan/plan.js'
import { cosignScanner } from '../../../src/scanners/cosign/index.js'
import type { ScanOutcome } from '../../../src/scanners/outcome.js'
import {
  CORPUS,
  FIXTURES,
  configWith,
  cosignConfig,
  fakeTools
} from './helpers.js'

const DIGEST = 'sha256:' + 'd'.repeat(64)
const KEY_PASSWORD = 'kp-Secret-7f3a9c'
const REGISTRY_PASSWORD = 'rp-Secret-91bd04'

let root: string
let log: string

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'csg-cosign-scan-'))
  log = path.join(root, 'argv.log')
  await writeFile(
    path.join(root, 'Dockerfile'),
    'FROM golang:1.22 AS build\nRUN go build\n\nFROM cgr.dev/chainguard/static:latest\nCOPY --from=build /app /app\n'
  )
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

function plan(images: Plan['images']): Plan {
  return {
    root,
    dockerfiles: ['Dockerfile'],
    composeFiles: [],
    scripts: [],
    images
  }
}

// Runs the scanner with the fake, replaying `map` (argv text -> file).
async function scan(
  cosign: CosignConfig,
  images: Plan['images'],
  map: Record<string, string>
): Promise<{ outcomes: ScanOutcome[]; logger: RecordingLogger }> {
  const logger = new RecordingLogger()
  process.env.CSG_FAKE_COSIGN_MAP = JSON.stringify(map)
  process.env.CSG_FAKE_COSIGN_LOG = log
  try {
    const outcomes = await cosignScanner.scan({
      config: configWith(cosign, root),
      plan: plan(images),
      logger,
      tools: fakeTools
    })

    return { outcomes, logger }
  } finally {
    delete process.env.CSG_FAKE_COSIGN_MAP
    delete process.env.CSG_FAKE_COSIGN_LOG
  }
}

const api = {
  ref: 'ghcr.io/acme/api:1.4',
  archive: false,
  dockerfile: 'Dockerfile',
  fromLine: 4,
  digest: DIGEST
}

describe('cosignScanner', () => {
  it('keeps who signed a verified image, and verifies its pinned digest', async () => {
    const { outcomes } = await scan(cosignConfig(), [api], {
      'ghcr.io/acme/api': path.join(
        CORPUS,
        'verify-keyless-bundle-readme-2023.txt'
      )
    })

    expect(outcomes).toHaveLength(1)
    expect(outcomes[0]).toMatchObject({
      status: 'ok',
      findings: [],
      signatures: [
        {
          image: 'ghcr.io/acme/api:1.4',
          identity: 'priya@chainguard.dev',
          issuer: 'https://accounts.google.com',
          mode: 'key'
        }
      ]
    })
    const calls = (await readFile(log, 'utf8')).trim().split('\n')
    const last = JSON.parse(calls.at(-1) as string) as { argv: string[] }
    expect(last.argv.at(-1)).toBe(`ghcr.io/acme/api@${DIGEST}`)
    expect(last.argv).toEqual(
      expect.arrayContaining(['--key', 'cosign.pub', '--output', 'json'])
    )
  })

  it('puts an unsigned image finding on the FROM line of its Dockerfile', async () => {
    const { outcomes } = await scan(cosignConfig(), [api], {
      'ghcr.io/acme/api': path.join(CORPUS, 'err-no-signatures-found-v3.txt')
    })
    const outcome = outcomes[0]

    expect(outcome?.status).toBe('ok')
    const findings = outcome?.status === 'ok' ? outcome.findings : []
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: { id: 'CSG-SIG-NO-SIGNATURE' },
      source: 'cosign',
      kind: 'signature',
      severity: 'CRITICAL',
      location: {
        path: 'Dockerfile',
        region: { startLine: 4 },
        image: { ref: 'ghcr.io/acme/api:1.4', digest: DIGEST }
      }
    })
  })

  it('verifies base images and reports each on its own FROM line', async () => {
    const { outcomes } = await scan(
      cosignConfig({ verifyBaseImages: true }),
      [],
      {
        'golang:1.22': path.join(
          CORPUS,
          'err-no-signatures-found-for-image-v2.0.txt'
        ),
        'cgr.dev/chainguard/static': path.join(
          CORPUS,
          'verify-key-ebpf-readme.json'
        )
      }
    )
    const byName = new Map(outcomes.map((o) => [o.target.name, o]))

    const golang = byName.get('golang:1.22')
    expect(golang?.status === 'ok' && golang.findings[0]).toMatchObject({
      rule: { id: 'CSG-SIG-NO-SIGNATURE' },
      message: expect.stringMatching(
        /^Base image golang:1.22 has no cosign signature/
      ),
      location: { path: 'Dockerfile', region: { startLine: 1 } }
    })
    const base = byName.get('cgr.dev/chainguard/static:latest')
    expect(base).toMatchObject({ status: 'ok', findings: [] })
  })

  it('fails the outcome, never passes it, when the registry refuses access', async () => {
    const { outcomes } = await scan(cosignConfig(), [api], {
      'ghcr.io/acme/api': path.join(
        CORPUS,
        'err-registry-unauthorized-artifactory.txt'
      )
    })

    expect(outcomes[0]).toMatchObject({
      status: 'failed',
      error: { code: 'REGISTRY_AUTH', tool: 'cosign' }
    })
  })

  it('fails on output it does not recognise', async () => {
    const { outcomes } = await scan(cosignConfig(), [api], {
      'ghcr.io/acme/api': path.join(FIXTURES, 'ok-not-json.txt')
    })

    expect(outcomes[0]).toMatchObject({
      status: 'failed',
      error: { code: 'BAD_OUTPUT' }
    })
  })

  it('reports a missing attestation type as its own finding', async () => {
    const { outcomes } = await scan(
      cosignConfig({ attestationTypes: ['slsaprovenance', 'cyclonedx'] }),
      [api],
      {
        'verify-attestation': path.join(
          FIXTURES,
          'err-no-matching-attestations.txt'
        ),
        verify: path.join(CORPUS, 'verify-key-ebpf-readme.json')
      }
    )
    const findings = outcomes[0]?.status === 'ok' ? outcomes[0].findings : []

    expect(findings.map((f) => f.rule.id)).toEqual([
      'CSG-SIG-NO-ATTESTATION',
      'CSG-SIG-NO-ATTESTATION'
    ])
    expect(findings[0]?.message).toContain('(slsaprovenance)')
    expect(findings[0]?.fingerprint).not.toBe(findings[1]?.fingerprint)
  })

  it('skips when there is no registry image to verify', async () => {
    const { outcomes } = await scan(
      cosignConfig(),
      [{ ref: 'image.tar', archive: true }],
      {}
    )

    expect(outcomes).toEqual([
      expect.objectContaining({
        status: 'skipped',
        reason: expect.stringMatching(/archives/)
      })
    ])
  })

  it('reports a timeout as a failed outcome', async () => {
    process.env.CSG_FAKE_COSIGN_HANG = '1'
    try {
      const { outcomes } = await scan(
        cosignConfig({ timeoutSeconds: 0.5 }),
        [api],
        {}
      )

      expect(outcomes[0]).toMatchObject({
        status: 'failed',
        error: { code: 'TIMED_OUT' }
      })
    } finally {
      delete process.env.CSG_FAKE_COSIGN_HANG
    }
  })
})

describe('cosignScanner secrets', () => {
  it('never prints a key or registry password: not in argv, logs or findings', async () => {
    process.env.COSIGN_PASSWORD = KEY_PASSWORD
    process.env.REGISTRY_USERNAME = 'robot'
    process.env.REGISTRY_PASSWORD = REGISTRY_PASSWORD
    await rm(log, { force: true })
    try {
      const { outcomes, logger } = await scan(cosignConfig(), [api], {
        'ghcr.io/acme/api': path.join(
          CORPUS,
          'err-no-matching-signatures-wrong-key-pem-mismatch.txt'
        )
      })
      // Everything the run could print or write, as one text.
      logger.info(`echo of the secret: ${REGISTRY_PASSWORD} / ${KEY_PASSWORD}`)
      const everything = [
        logger.text(),
        await readFile(log, 'utf8'),
        JSON.stringify(outcomes)
      ].join('\n')

      expect(everything).not.toContain(KEY_PASSWORD)
      expect(everything).not.toContain(REGISTRY_PASSWORD)
      expect(everything).not.toContain(
        Buffer.from(`robot:${REGISTRY_PASSWORD}`).toString('base64')
      )
      const call = JSON.parse((await readFile(log, 'utf8')).trim()) as {
        envKeys: string[]
        dockerConfigHosts: string[]
      }
      expect(call.envKeys).toEqual(
        expect.arrayContaining(['COSIGN_PASSWORD', 'DOCKER_CONFIG'])
      )
      expect(call.dockerConfigHosts).toEqual(['ghcr.io'])
      expect(outcomes[0]).toMatchObject({
        status: 'ok',
        findings: [{ rule: { id: 'CSG-SIG-WRONG-KEY' } }]
      })
    } finally {
      delete process.env.COSIGN_PASSWORD
      delete process.env.REGISTRY_USERNAME
      delete process.env.REGISTRY_PASSWORD
    }
  })
})
