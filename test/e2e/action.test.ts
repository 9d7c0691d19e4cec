import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { expectValidSarif } from '../helpers/sarif.js'
import {
  CORPUS,
  type BundleRun,
  inputEnv,
  readOutputs,
  runBundle
} from './run-bundle.js'

// The committed bundle, run as the runner runs it: inputs in INPUT_*
// variables, outputs and summary through the files the runner names.
describe('the bundled action', () => {
  let work: string
  let repo: string
  let run: BundleRun
  let outputs: Record<string, string>
  let summary: string
  let sarif: {
    runs: {
      tool: { driver: { name: string }; extensions?: { name: string }[] }
      results: unknown[]
    }[]
  }
  const secret = 'pa55-w0rd-that-must-not-leak'
  const keyPassword = 'k3y-pa55-that-must-not-leak'
  const keyMaterial =
    '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEkeyMaterialMarker\n-----END PUBLIC KEY-----'

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'csg-action-'))
    repo = path.join(work, 'repo')
    cpSync('examples/webapp', repo, { recursive: true })
    rmSync(path.join(repo, '.container-security-gate.yaml'))
    const files = {
      output: path.join(work, 'output'),
      summary: path.join(work, 'summary.md'),
      trivyLog: path.join(work, 'trivy.log'),
      cosignLog: path.join(work, 'cosign.log')
    }
    for (const file of [files.output, files.summary]) cpSync('/dev/null', file)

    run = await runBundle(
      'dist/action/index.js',
      [],
      {
        ...inputEnv({
          images: 'registry.example.com/acme/webapp:1.0',
          'sarif-file': 'out/results.sarif',
          'severity-threshold': 'critical',
          'cosign-key': 'env://CSG_TEST_COSIGN_KEY',
          'registry-username': 'robot',
          'registry-password': secret,
          // The image is a name only: no registry is asked for its digest.
          'resolve-digests': 'false'
        }),
        CSG_TEST_COSIGN_KEY: keyMaterial,
        COSIGN_PASSWORD: keyPassword,
        GITHUB_WORKSPACE: repo,
        RUNNER_TOOL_CACHE: path.join(work, 'tool-cache'),
        RUNNER_TEMP: path.join(work, 'runner-temp'),
        FAKE_TRIVY_VERSION: '0.69.3',
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        FAKE_TRIVY_REPORT: path.join(CORPUS, 'trivy/fs-npm.json'),
        FAKE_TRIVY_IMAGE_REPORTS: JSON.stringify({
          'registry.example.com/acme/webapp:1.0': path.join(
            CORPUS,
            'trivy/image-debian-buster.json'
          )
        }),
        FAKE_TRIVY_LOG: files.trivyLog,
        CSG_FAKE_COSIGN_REPLAY: path.join(
          CORPUS,
          'cosign/err-no-signatures-found-v3.txt'
        ),
        CSG_FAKE_COSIGN_LOG: files.cosignLog
      },
      repo
    )
    outputs = readOutputs(files.output)
    summary = readFileSync(files.summary, 'utf8')
    sarif = JSON.parse(readFileSync(outputs['sarif-file'] ?? '', 'utf8'))
    // Everything the run printed or handed to the tools, for the leak check.
    ;(run as { everything?: string }).everything = [
      run.stdout,
      run.stderr,
      summary,
      readFileSync(files.trivyLog, 'utf8'),
      readFileSync(files.cosignLog, 'utf8'),
      readFileSync(outputs['sarif-file'] ?? '', 'utf8')
    ].join('\n')
  }, 120_000)

  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('fails the step, as the unsigned image and the critical findings demand', () => {
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::/)
    expect(outputs.verdict).toBe('failed')
    expect(outputs['exit-code']).toBe('1')
  })

  it('sets the count outputs from the findings', () => {
    expect(Number(outputs.findings)).toBeGreaterThan(10)
    expect(Number(outputs.critical)).toBeGreaterThan(0)
    expect(Number(outputs.blocking)).toBeGreaterThan(0)
    expect(outputs['failed-scanners']).toBe('')
    expect(outputs['sarif-file']).toBe(path.join(repo, 'out/results.sarif'))
  })

  it('writes a job summary with the verdict and the counts', () => {
    expect(summary).toContain('FAILED')
    expect(summary).toMatch(/CRITICAL/)
    expect(summary).toMatch(/trivy/i)
    expect(summary).toMatch(/cosign/i)
  })

  it('writes one valid SARIF log with a run per tool and target', async () => {
    await expectValidSarif(outputs['sarif-file'] ?? '')
    const tools = sarif.runs.flatMap((r) =>
      (r.tool.extensions ?? []).map((e) => e.name)
    )
    expect(tools).toEqual(expect.arrayContaining(['trivy', 'cosign']))
    expect(sarif.runs.length).toBeGreaterThanOrEqual(4)
  })

  it('logs one group per scanner run', () => {
    expect(run.stdout).toMatch(/::group::.*trivy/i)
    expect(run.stdout).toMatch(/::endgroup::/)
  })

  it('never prints a password or key material, nor passes one in argv', () => {
    // The runner is told the secret once, to mask it; nothing else may say it.
    const everything = ((run as { everything?: string }).everything ?? '')
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')

    expect(everything).not.toContain(secret)
    expect(everything).not.toContain(keyPassword)
    expect(everything).not.toContain('keyMaterialMarker')
    // The tools were given them, by environment only.
    expect(everything).toContain('COSIGN_PASSWORD')
    expect(everything).toContain('TRIVY_PASSWORD')
  })
})

describe('the bundled action with a bad input', () => {
  it('fails with exit code 2 in the outputs and says why in the summary', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'csg-action-bad-'))
    const output = path.join(work, 'output')
    const summary = path.join(work, 'summary.md')
    cpSync('/dev/null', output)
    cpSync('/dev/null', summary)
    const run = await runBundle(
      'dist/action/index.js',
      [],
      {
        ...inputEnv({ 'severity-threshold': 'bogus' }),
        GITHUB_WORKSPACE: work,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary
      },
      work
    )
    const outputs = readOutputs(output)

    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::Configuration error: Invalid severity-threshold "bogus"'
    )
    expect(outputs).toMatchObject({ verdict: 'failed', 'exit-code': '2' })
    expect(readFileSync(summary, 'utf8')).toContain(
      '**FAILED**: Configuration error'
    )
    rmSync(work, { recursive: true, force: true })
  })
})
