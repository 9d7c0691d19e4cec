import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C16 limit', () => {
  it('points at the service name, or the deepest deploy key written', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    image: a:1',
      '  b:',
      '    deploy:',
      '      resources:',
      '        reservations:',
      '          cpus: "0.5"'
    )

    expect(await hits('CSG-C16', file)).toEqual([
      'compose.yaml:2',
      'compose.yaml:6'
    ])
  })

  it('accepts the deploy limit and cpus', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    deploy:',
      '      resources:',
      '        limits:',
      '          cpus: "0.5"',
      '  b:',
      '    cpus: "0.5"'
    )

    expect(await hits('CSG-C16', file)).toEqual([])
  })

  it('catches a limit written as unlimited, at the value', async () => {
    expect(
      await hits('CSG-C16', yaml('services:', '  a:', '    cpus: -1'))
    ).toEqual(['compose.yaml:3'])
  })

  it('takes the limit from an anchor or an override', async () => {
    const files = {
      'compose.yaml': yaml(
        'x-l: &l',
        '  cpus: "0.5"',
        'services:',
        '  a:',
        '    <<: *l',
        '  b:',
        '    image: b:1'
      ),
      'compose.override.yaml': yaml('services:', '  b:', '    cpus: "0.5"')
    }

    expect(await hits('CSG-C16', files)).toEqual([])
  })
})
