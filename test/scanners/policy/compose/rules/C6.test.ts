import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C6 ipc: host', () => {
  it('catches ipc: host at the value, quoted or not', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    ipc: host',
      '  b:',
      '    ipc: "host"'
    )

    expect(await hits('CSG-C6', file)).toEqual([
      'compose.yaml:3',
      'compose.yaml:5'
    ])
  })

  it('does not catch other modes or a missing key', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    ipc: shareable',
      '  b:',
      '    image: b:1'
    )

    expect(await hits('CSG-C6', file)).toEqual([])
  })

  it('points at the override or anchor that sets it', async () => {
    const files = {
      'compose.yaml': yaml(
        'x-h: &h',
        '  ipc: host',
        'services:',
        '  a:',
        '    <<: *h',
        '  b:',
        '    ipc: shareable'
      ),
      'compose.override.yaml': yaml('services:', '  b:', '    ipc: host')
    }

    expect(await hits('CSG-C6', files)).toEqual([
      'compose.yaml:2',
      'compose.override.yaml:3'
    ])
  })
})
