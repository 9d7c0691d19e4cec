import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C5 pid: host', () => {
  it('catches pid: host at the value, quoted or not', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    pid: host',
      '  b:',
      '    pid: "host"'
    )

    expect(await hits('CSG-C5', file)).toEqual([
      'compose.yaml:3',
      'compose.yaml:5'
    ])
  })

  it('does not catch other modes or a missing key', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    pid: "service:db"',
      '  b:',
      '    image: b:1'
    )

    expect(await hits('CSG-C5', file)).toEqual([])
  })

  it('points at the override or anchor that sets it', async () => {
    const files = {
      'compose.yaml': yaml(
        'x-h: &h',
        '  pid: host',
        'services:',
        '  a:',
        '    <<: *h',
        '  b:',
        '    pid: "service:db"'
      ),
      'compose.override.yaml': yaml('services:', '  b:', '    pid: host')
    }

    expect(await hits('CSG-C5', files)).toEqual([
      'compose.yaml:2',
      'compose.override.yaml:3'
    ])
  })
})
