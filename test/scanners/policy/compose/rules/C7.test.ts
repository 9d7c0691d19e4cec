import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C7 userns_mode: host', () => {
  it('catches userns_mode: host at the value, quoted or not', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    userns_mode: host',
      '  b:',
      '    userns_mode: "host"'
    )

    expect(await hits('CSG-C7', file)).toEqual([
      'compose.yaml:3',
      'compose.yaml:5'
    ])
  })

  it('does not catch other modes or a missing key', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    userns_mode: ""',
      '  b:',
      '    image: b:1'
    )

    expect(await hits('CSG-C7', file)).toEqual([])
  })

  it('points at the override or anchor that sets it', async () => {
    const files = {
      'compose.yaml': yaml(
        'x-h: &h',
        '  userns_mode: host',
        'services:',
        '  a:',
        '    <<: *h',
        '  b:',
        '    userns_mode: ""'
      ),
      'compose.override.yaml': yaml(
        'services:',
        '  b:',
        '    userns_mode: host'
      )
    }

    expect(await hits('CSG-C7', files)).toEqual([
      'compose.yaml:2',
      'compose.override.yaml:3'
    ])
  })
})
