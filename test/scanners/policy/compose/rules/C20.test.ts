import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C20 port on all interfaces', () => {
  it('catches short and long syntax without a host address', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    ports:',
      '      - "8080:80"',
      '      - 9000',
      '      - "0.0.0.0:443:443"',
      '      - target: 80',
      '        published: 8081'
    )

    expect(await hits('CSG-C20', file)).toEqual([
      'compose.yaml:4',
      'compose.yaml:5',
      'compose.yaml:6',
      'compose.yaml:7'
    ])
  })

  it('does not catch ports bound to one interface', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    ports:',
      '      - "127.0.0.1:8080:80"',
      '      - "[::1]:8081:80"',
      '      - target: 80',
      '        host_ip: 10.0.0.5',
      '        published: 8082'
    )

    expect(await hits('CSG-C20', file)).toEqual([])
  })

  it('appends ports from an override and an anchor', async () => {
    const files = {
      'compose.yaml': yaml(
        'x-p: &p "127.0.0.1:1:1"',
        'services:',
        '  a:',
        '    ports: [*p]'
      ),
      'compose.override.yaml': yaml('services:', '  a:', '    ports: ["2:2"]')
    }

    expect(await hits('CSG-C20', files)).toEqual(['compose.override.yaml:3'])
  })
})
