import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C8 uts: host', () => {
  it('catches uts: host at the value, quoted or not', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    uts: host',
      '  b:',
      '    uts: "host"'
    )

    expect(await hits('CSG-C8', file)).toEqual([
      'compose.yaml:3',
      'compose.yaml:5'
    ])
  })

  it('does not catch other modes or a missing key', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    uts: ""',
      '  b:',
      '    image: b:1'
    )

    expect(await hits('CSG-C8', file)).toEqual([])
  })

  it('points at the override or anchor that sets it', async () => {
    const files = {
      'compose.yaml': yaml(
        'x-h: &h',
        '  uts: host',
        'services:',
        '  a:',
        '    <<: *h',
        '  b:',
        '    uts: ""'
      ),
      'compose.override.yaml': yaml('services:', '  b:', '    uts: host')
    }

    expect(await hits('CSG-C8', files)).toEqual([
      'compose.yaml:2',
      'compose.override.yaml:3'
    ])
  })
})
