import { describe, expect, it } from '@jest/globals'

import { checkComposeFiles } from '../../../../src/scanners/policy/compose/checker.js'
import { defaultPolicy, scan, withRepo, yaml } from './helpers.js'

const good = yaml('services:', '  a:', '    privileged: true')

// Each hostile file sits beside a good one, which must still be checked.
async function errorFor(name: string, content: string | Buffer) {
  const result = await scan({ [name]: content, 'ok/compose.yaml': good })
  const flagged = result.findings.filter((f) => f.rule.id === 'CSG-C1')

  expect(flagged.map((f) => f.location.path)).toEqual(['ok/compose.yaml'])
  expect(result.errors).toHaveLength(1)
  expect(result.errors[0]?.path).toBe(name)

  return result.errors[0]?.message ?? ''
}

describe('Compose robustness', () => {
  it('reports invalid YAML with its line and goes on', async () => {
    const message = await errorFor(
      'bad/compose.yaml',
      yaml('services:', '  a:', '    image: [unclosed')
    )

    expect(message).toMatch(
      /^Compose file bad\/compose.yaml: invalid YAML at line \d+/
    )
  })

  it('stops a billion-laughs alias bomb quickly', async () => {
    const levels = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
    ]
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      const name = String.fromCharCode(97 + i)
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    levels.push('services:', '  x:', '    environment: *i')
    const started = Date.now()
    const message = await errorFor('bomb/compose.yaml', yaml(...levels))

    expect(message).toMatch(/alias/)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('refuses nesting deeper than any Compose file', async () => {
    const deep = `services:\n  a:\n    labels: ${'['.repeat(500)}${']'.repeat(500)}\n`
    const message = await errorFor('deep/compose.yaml', deep)

    expect(message).toMatch(/nesting|YAML/)
  })

  it('refuses a binary file', async () => {
    const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3])
    const message = await errorFor('bin/compose.yaml', binary)

    expect(message).toMatch(/binary/)
  })

  it('refuses a top level that is not a mapping', async () => {
    const message = await errorFor('list/compose.yaml', yaml('- a', '- b'))

    expect(message).toMatch(/not a mapping/)
  })

  it('reports duplicate keys as invalid', async () => {
    const message = await errorFor(
      'dup/compose.yaml',
      yaml('services:', '  a:', '    image: x', '    image: y')
    )

    expect(message).toMatch(/invalid YAML/)
  })

  it('reports an unreadable file (a folder named like one) and goes on', async () => {
    await withRepo(
      { 'locked/compose.yaml/x': 'x', 'ok/compose.yaml': good },
      async (root) => {
        const result = await checkComposeFiles(
          ['locked/compose.yaml', 'ok/compose.yaml'],
          root,
          defaultPolicy()
        )

        expect(result.errors.map((e) => e.path)).toEqual([
          'locked/compose.yaml'
        ])
        expect(result.errors[0]?.message).toMatch(
          /cannot read the file: .*EISDIR/
        )
        expect(
          result.findings.some((f) => f.location.path === 'ok/compose.yaml')
        ).toBe(true)
      }
    )
  })

  it('reports a missing file', async () => {
    const result = await withRepo({}, (root) =>
      checkComposeFiles(['gone/compose.yaml'], root, defaultPolicy())
    )

    expect(result.errors[0]?.message).toMatch(/gone\/compose.yaml: cannot read/)
  })

  it('reports an empty file as having no services mapping', async () => {
    const result = await scan({ 'compose.yaml': '' })

    expect(result.errors.map((e) => e.message)).toEqual([
      'Compose file compose.yaml: the top level is not a mapping'
    ])
  })
})
