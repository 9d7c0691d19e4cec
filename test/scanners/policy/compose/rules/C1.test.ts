import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C1 privileged', () => {
  it('catches privileged: true at the value', async () => {
    const file = yaml(
      'services:',
      '  app:',
      '    image: a:1',
      '    privileged: true'
    )

    expect(await hits('CSG-C1', file)).toEqual(['compose.yaml:4'])
  })

  it('reads YAML 1.1 booleans (yes, on) as Compose does', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    privileged: yes',
      '  b:',
      '    privileged: On'
    )

    expect(await hits('CSG-C1', file)).toEqual([
      'compose.yaml:3',
      'compose.yaml:5'
    ])
  })

  it('does not catch privileged: false or no', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    privileged: false',
      '  b:',
      '    privileged: no',
      '  c:',
      '    image: x'
    )

    expect(await hits('CSG-C1', file)).toEqual([])
  })

  it('catches a value merged from an anchor, at the anchor', async () => {
    const file = yaml(
      'x-risky: &risky',
      '  privileged: true',
      'services:',
      '  a:',
      '    <<: *risky',
      '    image: a:1'
    )

    expect(await hits('CSG-C1', file)).toEqual(['compose.yaml:2'])
  })

  it('points at the override file that turns it on', async () => {
    const files = {
      'compose.yaml': yaml(
        'services:',
        '  a:',
        '    image: a:1',
        '    privileged: false'
      ),
      'compose.override.yaml': yaml('services:', '  a:', '    privileged: true')
    }

    expect(await hits('CSG-C1', files)).toEqual(['compose.override.yaml:3'])
  })

  it('is cleared by an override that turns it off', async () => {
    const files = {
      'docker-compose.yml': yaml('services:', '  a:', '    privileged: true'),
      'docker-compose.override.yml': yaml(
        'services:',
        '  a:',
        '    privileged: false'
      )
    }

    expect(await hits('CSG-C1', files)).toEqual([])
  })
})
