import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C26 image untagged or latest', () => {
  it('catches no tag and latest, with registry ports', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    image: nginx',
      '  b:',
      '    image: registry:5000/team/app:latest',
      '  c:',
      '    image: registry:5000/team/app'
    )

    expect(await hits('CSG-C26', file)).toEqual([
      'compose.yaml:3',
      'compose.yaml:5',
      'compose.yaml:7'
    ])
  })

  it('does not catch versions, digests, variables or build-only services', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    image: nginx:1.27',
      '  b:',
      '    image: nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      '  c:',
      '    image: ${IMAGE}',
      '  d:',
      '    build: .'
    )

    expect(await hits('CSG-C26', file)).toEqual([])
  })

  it('follows anchors', async () => {
    expect(
      await hits(
        'CSG-C26',
        yaml('x-i: &i', '  image: redis', 'services:', '  a:', '    <<: *i')
      )
    ).toEqual(['compose.yaml:2'])
  })
})
