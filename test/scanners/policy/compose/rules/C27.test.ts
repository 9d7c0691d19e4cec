import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

import { defaultPolicy } from '../helpers.js'

describe('CSG-C27 runs as root', () => {
  it('catches root, 0 and root:group', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    user: root',
      '  b:',
      '    user: "0:0"',
      '  c:',
      '    user: root:wheel'
    )

    expect(await hits('CSG-C27', file)).toEqual([
      'compose.yaml:3',
      'compose.yaml:5',
      'compose.yaml:7'
    ])
  })

  it('does not catch non-root users, nor a missing user by default', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    user: "10001:10001"',
      '  b:',
      '    user: app',
      '  c:',
      '    image: c:1'
    )

    expect(await hits('CSG-C27', file)).toEqual([])
  })

  it('reports a missing user at the name with level strict', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    user: "1000"',
      '  c:',
      '    image: c:1'
    )

    expect(
      await hits('CSG-C27', file, defaultPolicy({ level: 'strict' }))
    ).toEqual(['compose.yaml:4'])
  })

  it('follows overrides', async () => {
    const files = {
      'compose.yaml': yaml('services:', '  a:', '    user: "1000"'),
      'compose.override.yaml': yaml('services:', '  a:', '    user: "0"')
    }

    expect(await hits('CSG-C27', files)).toEqual(['compose.override.yaml:3'])
  })
})
