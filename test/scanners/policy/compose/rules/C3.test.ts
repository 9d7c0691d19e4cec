import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C3 no cap_drop ALL', () => {
  it('catches a service without cap_drop at its name', async () => {
    expect(
      await hits('CSG-C3', yaml('services:', '  web:', '    image: a:1'))
    ).toEqual(['compose.yaml:2'])
  })

  it('catches a cap_drop without ALL at the key', async () => {
    const file = yaml('services:', '  web:', '    cap_drop:', '      - NET_RAW')

    expect(await hits('CSG-C3', file)).toEqual(['compose.yaml:3'])
  })

  it('accepts ALL in any case, flow or block list', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    cap_drop: [all]',
      '  b:',
      '    cap_drop:',
      '      - CAP_ALL',
      '      - ALL'
    )

    expect(await hits('CSG-C3', file)).toEqual([])
  })

  it('merges cap_drop lists from an override file', async () => {
    const files = {
      'compose.yaml': yaml('services:', '  a:', '    cap_drop: [NET_RAW]'),
      'compose.override.yaml': yaml('services:', '  a:', '    cap_drop: [ALL]')
    }

    expect(await hits('CSG-C3', files)).toEqual([])
  })

  it('takes cap_drop from an anchor', async () => {
    const file = yaml(
      'x-hardened: &hardened',
      '  cap_drop: [ALL]',
      'services:',
      '  a:',
      '    <<: *hardened',
      '  b:',
      '    image: b:1'
    )

    expect(await hits('CSG-C3', file)).toEqual(['compose.yaml:6'])
  })
})
