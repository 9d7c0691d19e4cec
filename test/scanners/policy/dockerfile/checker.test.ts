import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  checkDockerfileText,
  dockerfileChecker
} from '../../../../src/scanners/policy/dockerfile/checker.js'
import { defaultPolicy } from './rules/helper.js'

function check(text: string, file: string, policy = defaultPolicy) {
  return checkDockerfileText(text, file, policy).findings
}

function ids(text: string, policy = defaultPolicy) {
  return check(text, 'Dockerfile', policy).map((f) => [
    f.rule.id,
    f.location.region?.startLine,
    f.suppression?.by ?? null
  ])
}

describe('checkDockerfileText', () => {
  it('reports inline suppressions as suppressed findings', () => {
    const text =
      'FROM a:1\n# hadolint ignore=DL3004\n# csg-ignore=CSG-D40 reason: k8s probes\nRUN sudo ls\nUSER 1000\n'
    const findings = check(text, 'svc/Dockerfile')
    const sudo = findings.find((f) => f.rule.id === 'CSG-D22')

    expect(sudo?.suppression).toEqual({
      kind: 'inline',
      reason: 'hadolint ignore comment without a reason',
      by: 'svc/Dockerfile:2'
    })
    // The D40 comment sits above the RUN, not the FROM it would flag.
    const health = findings.find((f) => f.rule.id === 'CSG-D40')
    expect(health?.suppression).toBeUndefined()
  })

  it('applies global comments to the whole file', () => {
    const text = '# hadolint global ignore=DL3007\n\nFROM a:latest\nUSER 1\n'

    expect(ids(text)).toContainEqual(['CSG-D2', 3, 'Dockerfile:1'])
  })

  it('reports unknown ids in suppressions as CSG-D0', () => {
    const text =
      'FROM a:1\n# csg-ignore=CSG-D999 reason: typo\n# hadolint ignore=SC2086,XX1\nUSER 1\n'

    const unknown = ids(text).filter(([id]) => id === 'CSG-D0')
    expect(unknown).toEqual([
      ['CSG-D0', 3, null],
      ['CSG-D0', 2, null]
    ])
  })

  it('honours per-rule settings and the strict level', () => {
    const text = 'FROM a:1\nUSER 0\n'
    const strict = { ...defaultPolicy, level: 'strict' as const }
    const off = { ...defaultPolicy, rules: { 'csg-d10': { enabled: false } } }
    const low = {
      ...defaultPolicy,
      rules: { 'CSG-D10': { severity: 'LOW' as const } }
    }

    expect(ids(text).map(([id]) => id)).not.toContain('CSG-D3')
    expect(ids(text, strict).map(([id]) => id)).toContain('CSG-D3')
    expect(ids(text, off).map(([id]) => id)).not.toContain('CSG-D10')
    const finding = check(text, 'D', low).find((f) => f.rule.id === 'CSG-D10')
    expect(finding?.severity).toBe('LOW')
  })

  it('reports a RUN too large to analyse, and still checks the rest', () => {
    const text = 'FROM a\nRUN true' + ' && true'.repeat(3000) + '\n'
    const result = checkDockerfileText(text, 'D', defaultPolicy)

    expect(result.problems).toEqual([
      expect.stringMatching(
        /^the RUN at line 2 was not analysed: .*3000 operators/
      )
    ])
    expect(result.findings.map((f) => f.rule.id)).toContain('CSG-D1')
  })

  it('keeps fingerprints stable when lines move', () => {
    const a = check('FROM a:1\nUSER root\n', 'D')
    const b = check('FROM a:1\n\n\nRUN x\nUSER root\n', 'D')
    const fp = (fs: typeof a) =>
      fs.find((f) => f.rule.id === 'CSG-D10')?.fingerprint

    expect(fp(a)).toBeDefined()
    expect(fp(a)).toBe(fp(b))
  })
})

describe('dockerfileChecker', () => {
  let root = ''
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'csg-dockerfile-'))
    await writeFile(path.join(root, 'good'), 'FROM alpine\nUSER 1\n')
    await writeFile(
      path.join(root, 'binary'),
      Buffer.from([0x7f, 0x45, 0, 1, 2])
    )
    await writeFile(
      path.join(root, 'huge'),
      'FROM a:1\n' + '#'.repeat(10 * 1024 * 1024)
    )
    await writeFile(path.join(root, 'locked'), 'FROM a\n')
    await chmod(path.join(root, 'locked'), 0)
    const continuation =
      'FROM a:1\nRUN true \\\n' +
      '  && true \\\n'.repeat(100_000) +
      '  && true\n'
    await writeFile(path.join(root, 'long'), continuation)
  })
  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('checks good files and names each bad one', async () => {
    const files = ['binary', 'huge', 'missing', 'good', 'long', 'locked']
    const start = Date.now()
    const result = await dockerfileChecker.check(files, root, defaultPolicy)

    expect(Date.now() - start).toBeLessThan(5_000)
    const good = result.findings.filter((f) => f.target === 'good')
    expect(good.map((f) => f.rule.id)).toContain('CSG-D1')
    const bad = result.errors.map((e) => e.path)
    expect(bad).toEqual(expect.arrayContaining(['binary', 'huge', 'missing']))
    expect(result.errors.find((e) => e.path === 'binary')?.message).toMatch(
      /binary/
    )
    expect(result.errors.find((e) => e.path === 'huge')?.message).toMatch(
      /limit/
    )
    // As root the file stays readable; otherwise it is reported.
    const lockedReadable = process.getuid?.() === 0
    expect(bad.includes('locked')).toBe(!lockedReadable)
    expect(result.errors.find((e) => e.path === 'long')?.message).toMatch(
      /100004 lines, over the 20000-line limit/
    )
  })
})
