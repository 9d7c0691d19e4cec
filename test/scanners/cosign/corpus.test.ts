import { readdirSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { RecordingLogger } from '../../../src/logging.js'
import {
  classifyCosignRun,
  type Classification,
  type ExpectedIssuer
} from '../../../src/scanners/cosign/classify.js'
import { runTool } from '../../../src/tools/run.js'
import { CORPUS, FAKE_COSIGN, FIXTURES } from './helpers.js'

interface Case {
  readonly file: string
  readonly code: Classification['code']
  readonly section?: number
  readonly expected?: ExpectedIssuer
  readonly subject?: string
  readonly issuer?: string
  readonly digest?: string
}

const CORPUS_CASES: readonly Case[] = [
  {
    file: 'err-identity-mismatch-issuer-pr2579.txt',
    code: 'ISSUER_MISMATCH',
    expected: { issuerRegexp: '.*google.*' }
  },
  {
    file: 'err-invalid-key-private-key-passed.txt',
    code: 'INVALID_KEY'
  },
  {
    file: 'err-invalid-signature-asn1-verify-blob.txt',
    code: 'INVALID_SIGNATURE'
  },
  {
    file: 'err-keyless-identity-flags-required.txt',
    code: 'USAGE'
  },
  {
    file: 'err-no-matching-signatures-tlog-missing-v2.0.txt',
    code: 'TLOG_MISSING'
  },
  {
    file: 'err-no-matching-signatures-wrong-key-pem-mismatch.txt',
    code: 'WRONG_KEY'
  },
  {
    file: 'err-no-signatures-found-for-image-v2.0.txt',
    code: 'NO_SIGNATURE'
  },
  { file: 'err-no-signatures-found-v3.txt', code: 'NO_SIGNATURE' },
  {
    file: 'err-registry-unauthorized-artifactory.txt',
    code: 'REGISTRY_AUTH'
  },
  {
    file: 'verify-annotations-and-no-matching-claims.txt',
    code: 'CLAIMS_MISMATCH'
  },
  {
    file: 'verify-key-ebpf-readme.json',
    code: 'VERIFIED',
    digest:
      'sha256:7a91c50d922925f152fec96ed1d84b7bc6b2079c169d68826f6cf307f22d40e6'
  },
  {
    file: 'verify-keyless-bundle-readme-2023.json',
    code: 'VERIFIED',
    subject: 'priya@chainguard.dev',
    issuer: 'https://accounts.google.com',
    digest:
      'sha256:10512065b5de01cf79f2e435cb0aef05fe13553ffc4a099114ba78052c81cc04'
  },
  {
    file: 'verify-keyless-bundle-readme-2023.txt',
    code: 'VERIFIED',
    subject: 'priya@chainguard.dev',
    issuer: 'https://accounts.google.com',
    digest:
      'sha256:10512065b5de01cf79f2e435cb0aef05fe13553ffc4a099114ba78052c81cc04'
  },
  {
    file: 'verify-payload-cert-extensions-testfixture.json',
    code: 'VERIFIED',
    subject: 'subject',
    issuer: 'oidc-issuer',
    digest:
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
  }
]

// Other sections of the corpus and this project's own fixtures.
const MORE_CASES: readonly (Case & { readonly dir: string })[] = [
  {
    dir: CORPUS,
    file: 'err-identity-mismatch-issuer-pr2579.txt',
    code: 'IDENTITY_MISMATCH',
    expected: { issuer: 'https://github.com/login/oauth' }
  },
  {
    dir: CORPUS,
    file: 'verify-annotations-and-no-matching-claims.txt',
    section: 0,
    code: 'VERIFIED',
    digest:
      'sha256:97fc222cee7991b5b061d4d4afdb5f3428fcb0c9054e1690313786befa1e4e36'
  },
  {
    dir: CORPUS,
    file: 'err-invalid-signature-asn1-verify-blob.txt',
    section: 0,
    code: 'UNKNOWN_OUTPUT'
  },
  { dir: FIXTURES, file: 'err-panic.txt', code: 'PANIC' },
  { dir: FIXTURES, file: 'err-network.txt', code: 'NETWORK' },
  { dir: FIXTURES, file: 'err-unrecognised.txt', code: 'UNKNOWN_OUTPUT' },
  { dir: FIXTURES, file: 'ok-not-json.txt', code: 'UNKNOWN_OUTPUT' },
  {
    dir: FIXTURES,
    file: 'err-no-matching-attestations.txt',
    code: 'NO_ATTESTATION'
  },
  { dir: FIXTURES, file: 'attestation-slsa.json', code: 'VERIFIED' }
]

// Replays the file through the fake cosign, as the scanner would run it.
async function replay(file: string, section?: number) {
  return runTool(FAKE_COSIGN, {
    tool: 'cosign',
    args: ['verify', '--output', 'json', 'example.test/app:1'],
    env: {
      CSG_FAKE_COSIGN_REPLAY: file,
      ...(section === undefined
        ? {}
        : { CSG_FAKE_COSIGN_SECTION: String(section) })
    },
    timeoutMs: 20_000,
    logger: new RecordingLogger(),
    okExitCodes: [0, 1, 2]
  })
}

function check(result: Classification, c: Case): void {
  expect(result.code).toBe(c.code)
  if (result.code !== 'VERIFIED') {
    expect(result.detail.length).toBeGreaterThan(0)

    return
  }
  const first = result.payloads[0]
  expect(first?.subject).toBe(c.subject)
  expect(first?.issuer).toBe(c.issuer)
  if (c.digest) expect(first?.digest).toBe(c.digest)
}

describe('classifying the cosign corpus', () => {
  it('has a case for every file in the corpus', () => {
    const files = readdirSync(CORPUS).sort()

    expect(CORPUS_CASES.map((c) => c.file).sort()).toEqual(files)
  })

  it.each(CORPUS_CASES)('$file is $code', async (c) => {
    const run = await replay(path.join(CORPUS, c.file), c.section)

    check(classifyCosignRun(run, c.expected), c)
  })

  it.each(MORE_CASES)('case %#: $file is $code', async (c) => {
    const run = await replay(path.join(c.dir, c.file), c.section)

    check(classifyCosignRun(run, c.expected), c)
  })
})

describe('classifying what no corpus holds', () => {
  it('treats a process killed by a signal as a crash', () => {
    const result = classifyCosignRun({ exitCode: -1, stdout: '', stderr: '' })

    expect(result.code).toBe('CRASH')
  })

  it('reads the GitHub workflow fields of a keyless payload', () => {
    const stdout = JSON.stringify([
      {
        critical: {
          identity: { 'docker-reference': 'ghcr.io/acme/api' },
          image: { 'docker-manifest-digest': 'sha256:' + 'b'.repeat(64) },
          type: 'cosign container image signature'
        },
        optional: {
          '1.3.6.1.4.1.57264.1.8':
            'https://token.actions.githubusercontent.com',
          '1.3.6.1.4.1.57264.1.5': 'acme/api',
          Subject:
            'https://github.com/acme/api/.github/workflows/release.yml@refs/tags/v1'
        }
      }
    ])
    const result = classifyCosignRun({ exitCode: 0, stdout, stderr: '' })

    expect(result).toMatchObject({
      code: 'VERIFIED',
      payloads: [
        {
          issuer: 'https://token.actions.githubusercontent.com',
          workflowRepository: 'acme/api',
          digest: 'sha256:' + 'b'.repeat(64)
        }
      ]
    })
  })

  it('keeps the PEM blocks of a wrong-key error out of the first words of the detail', async () => {
    const run = await replay(
      path.join(CORPUS, 'err-no-matching-signatures-wrong-key-pem-mismatch.txt')
    )
    const result = classifyCosignRun(run)

    expect(result.code).toBe('WRONG_KEY')
    expect(result.code !== 'VERIFIED' && result.detail).toMatch(
      /^no matching signatures: error verifying bundle: comparing public key PEMs/
    )
  })
})
