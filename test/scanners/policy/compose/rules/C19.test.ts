import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C19 network segmentation', () => {
  it('catches a service on the default network at its name', async () => {
    expect(
      await hits('CSG-C19', yaml('services:', '  a:', '    image: a:1'))
    ).toEqual(['compose.yaml:2'])
  })

  it('catches a back-end network that is not internal', async () => {
    const file = yaml(
      'services:',
      '  web:',
      '    ports: ["127.0.0.1:80:80"]',
      '    networks: [front, back]',
      '  db:',
      '    networks: [back]',
      'networks:',
      '  front:',
      '  back:'
    )

    expect(await hits('CSG-C19', file)).toEqual([])
  })

  it('catches a network whose members publish nothing', async () => {
    const file = yaml(
      'services:',
      '  worker:',
      '    networks:',
      '      jobs: {}',
      '  db:',
      '    networks: [jobs]',
      'networks:',
      '  jobs:',
      '    driver: bridge',
      '  safe:',
      '    internal: true'
    )

    expect(await hits('CSG-C19', file)).toEqual(['compose.yaml:8'])
  })

  it('accepts network_mode and an internal network from an override', async () => {
    const files = {
      'compose.yaml': yaml(
        'services:',
        '  a:',
        '    network_mode: none',
        '  b:',
        '    networks: [x]',
        'networks:',
        '  x: {}'
      ),
      'compose.override.yaml': yaml('networks:', '  x:', '    internal: true')
    }

    expect(await hits('CSG-C19', files)).toEqual([])
  })
})
