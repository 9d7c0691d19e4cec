import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C10 sensitive host directory', () => {
  it('catches system and credential directories, short and long syntax', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    volumes:',
      '      - /etc/ssl:/ssl:ro',
      '      - ~/.aws:/root/.aws',
      '      - type: bind',
      '        source: /proc',
      '        target: /host/proc',
      '      - /:/host'
    )

    expect(await hits('CSG-C10', file)).toEqual([
      'compose.yaml:4',
      'compose.yaml:5',
      'compose.yaml:7',
      'compose.yaml:9'
    ])
  })

  it('does not catch project folders, named or anonymous volumes, or the socket (C9)', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    volumes:',
      '      - ./etc:/etc',
      '      - /srv/data:/data',
      '      - etc:/etc',
      '      - /etc',
      '      - /var/run/docker.sock:/var/run/docker.sock'
    )

    expect(await hits('CSG-C10', file)).toEqual([])
  })

  it('catches a named volume that binds a host path through driver_opts', async () => {
    const file = yaml(
      'volumes:',
      '  certs:',
      '    driver_opts:',
      '      o: bind',
      '      device: /etc/pki'
    )

    expect(await hits('CSG-C10', file)).toEqual(['compose.yaml:5'])
  })

  it('follows overrides and anchors', async () => {
    const files = {
      'compose.yaml': yaml(
        'x-v: &v /root:/r',
        'services:',
        '  a:',
        '    volumes: [*v]'
      ),
      'compose.override.yaml': yaml(
        'services:',
        '  a:',
        '    volumes: ["/sys:/s"]'
      )
    }

    expect(await hits('CSG-C10', files)).toEqual([
      'compose.yaml:1',
      'compose.override.yaml:3'
    ])
  })
})
