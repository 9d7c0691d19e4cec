import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C15 limit', () => {
  it('points at the service name, or the deepest deploy key written', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    image: a:1',
      '  b:',
      '    deploy:',
      '      resources:',
      '        reservations:',
      '          memory: 256m'
    )

    expect(await hits('CSG-C15', file)).toEqual([
      'compose.yaml:2',
      'compose.yaml:6'
    ])
  })

  it('accepts the deploy limit and mem_limit', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    deploy:',
      '      resources:',
      '        limits:',
      '          memory: 256m',
      '  b:',
      '    mem_limit: 256m'
    )

    expect(await hits('CSG-C15', file)).toEqual([])
  })

  it('catches a limit written as unlimited, at the value', async () => {
    expect(
      await hits('CSG-C15', yaml('services:', '  a:', '    mem_limit: -1'))
    ).toEqual(['compose.yaml:3'])
  })

  it('takes the limit from an anchor or an override', async () => {
    const files = {
      'compose.yaml': yaml(
        'x-l: &l',
        '  mem_limit: 256m',
        'services:',
        '  a:',
        '    <<: *l',
        '  b:',
        '    image: b:1'
      ),
      'compose.override.yaml': yaml('services:', '  b:', '    mem_limit: 256m')
    }

    expect(await hits('CSG-C15', files)).toEqual([])
  })
})
