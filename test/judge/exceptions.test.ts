import { describe, expect, it } from '@jest/globals'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { UserError } from '../../src/errors.js'
import {
  applyExceptions,
  loadExceptions,
  parseExceptions
} from '../../src/judge/exceptions.js'
import { imageVuln, policy, vuln } from '../fixtures/reports/build.js'

const FIXTURES = path.resolve(process.cwd(), 'test/fixtures/reports/exceptions')
const today = new Date('2025-03-01T12:00:00Z')

function parseError(text: string): string {
  try {
    parseExceptions(text, 'exceptions.yaml')
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    return (error as Error).message
  }
  throw new Error('expected a parse error')
}

describe('applyExceptions', () => {
  it('suppresses matches of active exceptions, lists expired and unused ones', async () => {
    const file = await loadExceptions(FIXTURES, 'valid.yaml')
    if (!file) throw new Error('fixture missing')
    const findings = [
      vuln('CVE-2024-0001', 'CRITICAL'),
      vuln('CVE-2024-0002', 'HIGH', {
        location: { path: 'services/api/package-lock.json' }
      }),
      vuln('CVE-2024-0002', 'HIGH', {
        location: { path: 'package-lock.json' }
      }),
      imageVuln('CVE-2021-3711', 'CRITICAL', 'ghcr.io/acme/api:1.2'),
      imageVuln('CVE-2021-3711', 'CRITICAL', 'docker.io/library/alpine:3.10'),
      policy('CSG-D1', 'HIGH', 'Dockerfile', 1)
    ]

    const result = applyExceptions(findings, file, today)

    expect(result.findings.map((f) => f.suppression?.reason)).toEqual([
      'Only reachable from the admin network.',
      'Dev dependency, not shipped.',
      undefined,
      'Fixed upstream next release.',
      undefined,
      undefined
    ])
    expect(result.findings[0]?.suppression).toEqual({
      kind: 'exceptions-file',
      reason: 'Only reachable from the admin network.',
      by: 'alice',
      until: '2099-12-31'
    })
    expect(result.findings[1]?.suppression?.by).toBe('valid.yaml exceptions[1]')
    expect(result.expired.map((e) => e.id)).toEqual(['CSG-D1'])
    expect(result.unused.map((e) => e.id)).toEqual(['CVE-1999-0001'])
    expect(result.notes).toEqual([
      'Expired exception no longer suppresses: valid.yaml exceptions[3] (CSG-D1) expired on 2024-01-31; renew it with a new date and reason, or fix the finding.',
      'Unused exception: valid.yaml exceptions[4] (CVE-1999-0001) matched no finding; remove it if the problem is gone.'
    ])
  })

  it('applies an exception through its expiry day and not after', () => {
    const entries = parseExceptions(
      'exceptions:\n  - {id: X-1, reason: r, expires: 2025-03-01}\n',
      'e.yaml'
    )
    const file = { file: 'e.yaml', entries }
    const finding = policy('X-1', 'HIGH', 'Dockerfile', 1)

    expect(
      applyExceptions([finding], file, today).findings[0]?.suppression
    ).toBeDefined()
    expect(
      applyExceptions([finding], file, new Date('2025-03-02T00:00:00Z'))
        .findings[0]?.suppression
    ).toBeUndefined()
  })

  it('keeps an inline suppression and still counts the exception as used', () => {
    const entries = parseExceptions(
      'exceptions:\n  - {id: X-1, reason: r, expires: 2099-01-01}\n',
      'e.yaml'
    )
    const inline = policy('X-1', 'HIGH', 'Dockerfile', 1, {
      suppression: { kind: 'inline', reason: 'mine' }
    })
    const result = applyExceptions([inline], { file: 'e.yaml', entries }, today)

    expect(result.findings[0]?.suppression?.kind).toBe('inline')
    expect(result.unused).toEqual([])
  })
})

describe('parseExceptions', () => {
  it.each([
    [
      'a missing id',
      '- {reason: r, expires: 2025-01-01}',
      'exceptions[0].id: required'
    ],
    [
      'a missing reason',
      '- {id: X, expires: 2025-01-01}',
      'exceptions[0].reason: required'
    ],
    [
      'an empty reason',
      "- {id: X, reason: '  ', expires: 2025-01-01}",
      'exceptions[0].reason: required'
    ],
    [
      'a missing expiry',
      '- {id: X, reason: r}',
      'exceptions[0].expires: required'
    ],
    [
      'a date in another format',
      '- {id: X, reason: r, expires: 01/02/2025}',
      'exceptions[0].expires: expected a date as YYYY-MM-DD (for example 2025-12-31), got "01/02/2025"'
    ],
    [
      'a date that does not exist',
      '- {id: X, reason: r, expires: 2025-02-30}',
      'exceptions[0].expires: expected a date'
    ],
    [
      'an unknown field',
      '- {id: X, reason: r, expires: 2025-01-01, cve: Y}',
      'exceptions[0].cve: unknown field; accepted fields: id, path, image, package, reason, expires, by'
    ],
    [
      'a list as a value',
      '- {id: X, reason: [a], expires: 2025-01-01}',
      'exceptions[0].reason: expected text, got object'
    ],
    [
      'an entry that is not a mapping',
      '- CVE-1',
      'exceptions[0]: expected a mapping'
    ]
  ])('names the file, the entry and the field for %s', (_, entry, message) => {
    const text = `exceptions:\n  - {id: OK, reason: fine, expires: 2025-01-01}\n${entry.replace(/^- /, '  - ')}\n`
    const shifted = message.replace('exceptions[0]', 'exceptions[1]')

    expect(parseError(text)).toContain(`exceptions.yaml: ${shifted}`)
  })

  it('rejects a file without an exceptions list and broken YAML', () => {
    expect(parseError('- id: X\n')).toBe(
      'exceptions.yaml: top level: expected a mapping with an `exceptions:` list'
    )
    expect(parseError('exceptions: [\n')).toMatch(
      /^exceptions\.yaml: not valid YAML: /
    )
  })

  it('reads an empty file as no exceptions', () => {
    expect(parseExceptions('# nothing yet\n', 'e.yaml')).toEqual([])
  })
})

describe('loadExceptions', () => {
  it('treats a missing default file as none, and a missing named one as an error', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'csg-exceptions-'))

    await expect(loadExceptions(root)).resolves.toBeUndefined()
    await expect(
      loadExceptions(root, 'security/accepted.yaml')
    ).rejects.toThrow(
      /^exceptions-file: cannot read security\/accepted\.yaml: /
    )

    await mkdir(path.join(root, '.container-security-gate'))
    await writeFile(
      path.join(root, '.container-security-gate/exceptions.yaml'),
      'exceptions:\n  - {id: X, reason: r, expires: 2099-01-01}\n'
    )
    const file = await loadExceptions(root)
    expect(file?.entries).toEqual([
      { index: 0, id: 'X', reason: 'r', expires: '2099-01-01' }
    ])
    await rm(root, { recursive: true, force: true })
  })
})
