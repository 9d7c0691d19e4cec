import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C25 shared propagation and shared writable volumes', () => {
  it('catches shared propagation in short and long syntax', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    volumes:',
      '      - /mnt/data:/data:rshared',
      '      - type: bind',
      '        source: /mnt/x',
      '        target: /x',
      '        bind:',
      '          propagation: shared'
    )

    expect(await hits('CSG-C25', file)).toEqual([
      'compose.yaml:4',
      'compose.yaml:5'
    ])
  })

  it('catches a named volume mounted writable by a second service', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    volumes: [data:/data]',
      '  b:',
      '    volumes: ["data:/data:ro"]',
      '  c:',
      '    volumes: [data:/in]'
    )

    expect(await hits('CSG-C25', file)).toEqual(['compose.yaml:7'])
  })

  it('does not catch private propagation', async () => {
    expect(
      await hits(
        'CSG-C25',
        yaml('services:', '  a:', '    volumes: ["/mnt:/m:rprivate"]')
      )
    ).toEqual([])
  })

  it('follows overrides', async () => {
    const files = {
      'compose.yaml': yaml('services:', '  a:', '    volumes: ["/m:/m"]'),
      'compose.override.yaml': yaml(
        'services:',
        '  a:',
        '    volumes: ["/m:/m:shared"]'
      )
    }

    expect(await hits('CSG-C25', files)).toEqual(['compose.override.yaml:3'])
  })
})
