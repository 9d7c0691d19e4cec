import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C4 network_mode: host', () => {
  it('catches network_mode: host at the value, quoted or not', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    network_mode: host',
      '  b:',
      '    network_mode: "host"'
    )

    expect(await hits('CSG-C4', file)).toEqual([
      'compose.yaml:3',
      'compose.yaml:5'
    ])
  })

  it('does not catch other modes or a missing key', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    network_mode: bridge',
      '  b:',
      '    image: b:1'
    )

    expect(await hits('CSG-C4', file)).toEqual([])
  })

  it('points at the override or anchor that sets it', async () => {
    const files = {
      'compose.yaml': yaml(
        'x-h: &h',
        '  network_mode: host',
        'services:',
        '  a:',
        '    <<: *h',
        '  b:',
        '    network_mode: bridge'
      ),
      'compose.override.yaml': yaml(
        'services:',
        '  b:',
        '    network_mode: host'
      )
    }

    expect(await hits('CSG-C4', files)).toEqual([
      'compose.yaml:2',
      'compose.override.yaml:3'
    ])
  })
})

describe('CSG-C4 legacy net: host', () => {
  it('catches the version 1 key', async () => {
    expect(
      await hits('CSG-C4', yaml('services:', '  a:', '    net: host'))
    ).toEqual(['compose.yaml:3'])
  })
})
