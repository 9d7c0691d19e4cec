import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from '@jest/globals'

import { expectValidSarif } from '../helpers/sarif.js'
import { runBundle } from './run-bundle.js'

// The README's run command, on the committed CLI bundle.
describe('the bundled CLI on examples/webapp', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'csg-cli-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('writes the SARIF and exits 1 on the planted findings', async () => {
    const example = path.resolve('examples/webapp')
    const run = await runBundle(
      'dist/cli/index.js',
      ['scan', example, '--markdown-file', 'summary.md'],
      { NO_COLOR: '1' },
      work
    )
    const sarifFile = path.join(work, 'container-security-gate.sarif')
    const sarif = readFileSync(sarifFile, 'utf8')

    expect(run.code).toBe(1)
    await expectValidSarif(sarifFile)
    for (const id of ['CSG-D2', 'CSG-D9', 'CSG-D18', 'CSG-C1', 'CSG-C9']) {
      expect(sarif).toContain(`"${id}"`)
    }
    expect(sarif).toContain('CVE-2021-23337')
    // Locations are relative to the repository root, not the scanned folder.
    expect(sarif).toContain('"uri":"examples/webapp/Dockerfile"')
    expect(sarif).toMatch(/"suppressions"/)
    expect(run.stdout).toContain('FAILED')
    expect(readFileSync(path.join(work, 'summary.md'), 'utf8')).toContain(
      'CVE-2021-23337'
    )
  })

  it('exits 2 with a message naming the input on a bad value', async () => {
    const run = await runBundle(
      'dist/cli/index.js',
      ['scan', '.', '--severity-threshold', 'severe'],
      {},
      work
    )

    expect(run.code).toBe(2)
    expect(run.stderr).toContain('severity-threshold')
    expect(run.stderr).toContain('critical, high, medium, low, unknown')
  })

  it('exits 3 when trivy is missing, and says how to install it', async () => {
    const repo = mkdtempSync(path.join(work, 'repo-'))
    writeFileSync(
      path.join(repo, 'Dockerfile'),
      'FROM alpine:3.20\nUSER 10001\n'
    )
    const run = await runBundle(
      'dist/cli/index.js',
      [
        'scan',
        repo,
        '--scanners',
        'trivy-fs,policy',
        // Nothing listens there: the download fails at once, on loopback.
        '--download-base-url',
        'http://127.0.0.1:9',
        '--tool-cache-dir',
        path.join(work, 'tools')
      ],
      { PATH: '/nonexistent', NO_COLOR: '1' },
      work
    )

    expect(run.code).toBe(3)
    expect(run.stdout + run.stderr).toMatch(/trivy/i)
    expect(run.stdout + run.stderr).toMatch(/install/i)
  })

  it('runs from a copy of dist/ alone, as on a runner with no node_modules', async () => {
    const copy = path.join(work, 'bundle')
    cpSync('dist/cli', copy, { recursive: true })
    const run = await runBundle(
      path.join(copy, 'index.js'),
      ['scan', path.resolve('examples/webapp'), '--scanners', 'policy'],
      { NO_COLOR: '1' },
      work
    )

    expect(run.stderr).not.toMatch(/Cannot find module/)
    // The example's config file names a Trivy report: not read this run.
    expect(run.stderr).toContain('trivy-reports is set but scanners has')
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('CSG-D18')
  })

  it('prints help with every flag and exits 0', async () => {
    const run = await runBundle('dist/cli/index.js', ['--help'], {}, work)

    expect(run.code).toBe(0)
    expect(run.stdout).toContain('--severity-threshold')
  })
})
