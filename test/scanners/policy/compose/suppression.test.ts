import { describe, expect, it } from '@jest/globals'

import { at, scan, yaml } from './helpers.js'

describe('inline suppressions in Compose files', () => {
  it('suppresses the key below the comment, with its reason and place', async () => {
    const result = await scan(
      yaml(
        'services:',
        '  a:',
        '    # csg-ignore=CSG-C1 reason: needs /dev/fuse for the build cache',
        '    privileged: true',
        '  b:',
        '    privileged: true'
      )
    )
    const c1 = result.findings.filter((f) => f.rule.id === 'CSG-C1')

    expect(c1.map((f) => [at(f), f.suppression?.reason ?? null])).toEqual([
      ['compose.yaml:4', 'needs /dev/fuse for the build cache'],
      ['compose.yaml:6', null]
    ])
    expect(c1[0]?.suppression).toMatchObject({
      kind: 'inline',
      by: 'compose.yaml:3'
    })
  })

  it('suppresses a missing-key finding by a comment above the service name', async () => {
    const result = await scan(
      yaml(
        'services:',
        '  # csg-ignore=CSG-C11,CSG-C22',
        '  a:',
        '    image: a:1'
      )
    )
    const suppressed = result.findings
      .filter((f) => f.suppression)
      .map((f) => f.rule.id)

    expect(suppressed.sort()).toEqual(['CSG-C11', 'CSG-C22'])
  })

  it('applies a comment in the override file to the value it sets', async () => {
    const result = await scan({
      'compose.yaml': yaml('services:', '  a:', '    image: a:1'),
      'compose.override.yaml': yaml(
        'services:',
        '  a:',
        '    # csg-ignore=CSG-C5',
        '    pid: host'
      )
    })

    expect(
      result.findings.find((f) => f.rule.id === 'CSG-C5')?.suppression?.by
    ).toBe('compose.override.yaml:3')
  })

  it('reports an id that names no rule', async () => {
    const result = await scan(
      yaml(
        'services:',
        '  a:',
        '    # csg-ignore=CSG-C99',
        '    privileged: true'
      )
    )
    const unknown = result.findings.filter((f) => f.rule.id === 'CSG-C0')

    expect(unknown.map((f) => [at(f), f.message])).toEqual([
      [
        'compose.yaml:3',
        'Suppression comment names CSG-C99, which is not a rule id.'
      ]
    ])
    expect(
      result.findings.find((f) => f.rule.id === 'CSG-C1')?.suppression
    ).toBeUndefined()
  })

  it('keeps fingerprints stable when lines move', async () => {
    const before = await scan(yaml('services:', '  a:', '    privileged: true'))
    const after = await scan(
      yaml(
        '# a comment',
        '',
        'services:',
        '  a:',
        '    image: x:1',
        '    privileged: true'
      )
    )
    const print = (r: typeof before) =>
      r.findings.find((f) => f.rule.id === 'CSG-C1')?.fingerprint

    expect(print(after)).toBe(print(before))
  })
})
