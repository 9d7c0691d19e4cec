import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C24 cgroup', () => {
  it('catches cgroup_parent and cgroup: host', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    cgroup_parent: m-executor-abcd',
      '  b:',
      '    cgroup: host'
    )

    expect(await hits('CSG-C24', file)).toEqual([
      'compose.yaml:3',
      'compose.yaml:5'
    ])
  })

  it('does not catch cgroup: private', async () => {
    expect(
      await hits('CSG-C24', yaml('services:', '  a:', '    cgroup: private'))
    ).toEqual([])
  })

  it('follows anchors and overrides', async () => {
    const files = {
      'compose.yaml': yaml(
        'x-c: &c',
        '  cgroup_parent: x',
        'services:',
        '  a:',
        '    <<: *c'
      ),
      'compose.override.yaml': yaml('services:', '  a:', '    cgroup_parent: y')
    }

    expect(await hits('CSG-C24', files)).toEqual(['compose.override.yaml:3'])
  })
})
