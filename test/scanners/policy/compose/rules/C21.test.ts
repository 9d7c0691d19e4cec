import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C21 privileged host port', () => {
  it('catches host ports below 1024, short and long syntax and ranges', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    ports:',
      '      - "80:8080"',
      '      - "127.0.0.1:443:8443/tcp"',
      '      - "1000-1100:1000-1100"',
      '      - target: 8080',
      '        published: 22'
    )

    expect(await hits('CSG-C21', file)).toEqual([
      'compose.yaml:4',
      'compose.yaml:5',
      'compose.yaml:6',
      'compose.yaml:7'
    ])
  })

  it('does not catch container ports below 1024 or random host ports', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    ports: ["8080:80", "80", "127.0.0.1::53"]'
    )

    expect(await hits('CSG-C21', file)).toEqual([])
  })

  it('follows overrides', async () => {
    const files = {
      'compose.yaml': yaml('services:', '  a:', '    ports: ["8080:80"]'),
      'compose.override.yaml': yaml('services:', '  a:', '    ports: ["80:80"]')
    }

    expect(await hits('CSG-C21', files)).toEqual(['compose.override.yaml:3'])
  })
})
