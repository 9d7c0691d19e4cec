import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C17 limit', () => {
  it('points at the service name, or the deepest deploy key written', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    image: a:1',
      '  b:',
      '    deploy:',
      '      resources:',
      '        reservations:',
      '          pids: 100'
    )

    expect(await hits('CSG-C17', file)).toEqual([
      'compose.yaml:2',
      'compose.yaml:6'
    ])
  })

  it('accepts the deploy limit and pids_limit', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    deploy:',
      '      resources:',
      '        limits:',
      '          pids: 100',
      '  b:',
      '    pids_limit: 100'
    )

    expect(await hits('CSG-C17', file)).toEqual([])
  })

  it('catches a limit written as unlimited, at the value', async () => {
    expect(
      await hits('CSG-C17', yaml('services:', '  a:', '    pids_limit: -1'))
    ).toEqual(['compose.yaml:3'])
  })

  it('takes the limit from an anchor or an override', async () => {
    const files = {
      'compose.yaml': yaml(
        'x-l: &l',
        '  pids_limit: 100',
        'services:',
        '  a:',
        '    <<: *l',
        '  b:',
        '    image: b:1'
      ),
      'compose.override.yaml': yaml('services:', '  b:', '    pids_limit: 100')
    }

    expect(await hits('CSG-C17', files)).toEqual([])
  })
})
