import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C9 engine socket mounted', () => {
  it('catches the short syntax, /var/run and /run', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    volumes:',
      '      - /var/run/docker.sock:/var/run/docker.sock',
      '      - "/run/docker.sock:/sock:ro"',
      '      - ./data:/data'
    )

    expect(await hits('CSG-C9', file)).toEqual([
      'compose.yaml:4',
      'compose.yaml:5'
    ])
  })

  it('catches the long syntax at its source line', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    volumes:',
      '      - type: bind',
      '        source: /var/run/docker.sock',
      '        target: /var/run/docker.sock',
      '        read_only: true'
    )

    expect(await hits('CSG-C9', file)).toEqual(['compose.yaml:5'])
  })

  it('catches other engine sockets', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    volumes:',
      '      - /run/containerd/containerd.sock:/c.sock',
      '      - /run/user/1000/podman/podman.sock:/p.sock'
    )

    expect(await hits('CSG-C9', file)).toEqual([
      'compose.yaml:4',
      'compose.yaml:5'
    ])
  })

  it('does not catch named volumes or ordinary files', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    volumes:',
      '      - docker.sock:/data',
      '      - ./docker.socket.md:/doc.md',
      '      - /srv/app:/app'
    )

    expect(await hits('CSG-C9', file)).toEqual([])
  })

  it('catches a mount added by an override, in the override', async () => {
    const files = {
      'compose.yaml': yaml('services:', '  a:', '    volumes: [./a:/a]'),
      'compose.override.yaml': yaml(
        'services:',
        '  a:',
        '    volumes:',
        '      - /var/run/docker.sock:/var/run/docker.sock'
      )
    }

    expect(await hits('CSG-C9', files)).toEqual(['compose.override.yaml:4'])
  })

  it('catches a mount from a YAML anchor at the anchor', async () => {
    const file = yaml(
      'x-sock: &sock /var/run/docker.sock:/var/run/docker.sock',
      'services:',
      '  a:',
      '    volumes: [*sock]'
    )

    expect(await hits('CSG-C9', file)).toEqual(['compose.yaml:1'])
  })
})
