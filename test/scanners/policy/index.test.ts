import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Config } from '../../../src/config/config.js'
import { RecordingLogger } from '../../../src/logging.js'
import type { Plan } from '../../../src/plan/plan.js'
import {
  finalStageFromLine,
  policyRules,
  policyScanner
} from '../../../src/scanners/policy/index.js'
import { PathToolResolver } from '../../../src/tools/resolve.js'
import { defaultPolicy } from './dockerfile/rules/helper.js'

let root = ''
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'csg-policy-'))
  await writeFile(
    path.join(root, 'Dockerfile'),
    'FROM node:latest\nUSER root\n'
  )
  await writeFile(path.join(root, 'bin.Dockerfile'), Buffer.from([1, 0, 2]))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

function context(dockerfiles: string[]) {
  const plan: Plan = {
    root,
    dockerfiles,
    composeFiles: [],
    scripts: [],
    images: []
  }
  const config = { policy: defaultPolicy } as unknown as Config

  return {
    plan,
    config,
    logger: new RecordingLogger(),
    tools: new PathToolResolver()
  }
}

describe('policyScanner', () => {
  it('reports Dockerfile findings in one ok outcome', async () => {
    const outcomes = await policyScanner.scan(context(['Dockerfile']))
    const dockerfiles = outcomes.find((o) => o.target.kind === 'dockerfile')

    expect(dockerfiles?.status).toBe('ok')
    const ids =
      dockerfiles?.status === 'ok'
        ? dockerfiles.findings.map((f) => f.rule.id)
        : []
    expect(ids).toEqual(expect.arrayContaining(['CSG-D2', 'CSG-D10']))
  })

  it('logs one group per kind of file, with what it checked and found', async () => {
    const ctx = context(['Dockerfile'])
    await policyScanner.scan(ctx)
    const lines = ctx.logger.lines

    expect(
      lines.filter((l) => l.level === 'group').map((l) => l.message)
    ).toEqual([
      'policy: Dockerfiles',
      'policy: Compose files',
      'policy: docker run command lines'
    ])
    expect(ctx.logger.text()).toMatch(
      /checked 1 file\(s\) \(Dockerfile\): \d+ finding/
    )
  })

  it('fails for an unreadable file but keeps the other findings', async () => {
    const outcomes = await policyScanner.scan(
      context(['bin.Dockerfile', 'Dockerfile'])
    )
    const dockerfiles = outcomes.find((o) => o.target.kind === 'dockerfile')

    expect(dockerfiles?.status).toBe('failed')
    if (dockerfiles?.status !== 'failed') return
    expect(dockerfiles.error.message).toMatch(/bin\.Dockerfile: it is binary/)
    expect(dockerfiles.findings?.some((f) => f.rule.id === 'CSG-D10')).toBe(
      true
    )
  })

  it('skips a file kind with nothing to check', async () => {
    const outcomes = await policyScanner.scan(context([]))

    expect(outcomes.every((o) => o.status === 'skipped')).toBe(true)
  })
})

describe('finalStageFromLine and policyRules', () => {
  it('finds the final stage FROM line', () => {
    expect(
      finalStageFromLine('# c\nFROM a AS b\nRUN x\n\nFROM c\nUSER 1\n')
    ).toBe(5)
    expect(finalStageFromLine('# nothing here\n')).toBeUndefined()
  })

  it('lists every rule once', () => {
    const ids = policyRules().map((r) => r.id)

    expect(ids).toContain('CSG-D18')
    expect(new Set(ids).size).toBe(ids.length)
  })
})
