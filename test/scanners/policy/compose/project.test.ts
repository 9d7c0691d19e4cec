import { describe, expect, it } from '@jest/globals'

import {
  groupProjects,
  isComposeFile
} from '../../../../src/scanners/policy/compose/index.js'
import { at, hits, scan, yaml } from './helpers.js'

describe('isComposeFile', () => {
  it('knows the names docker compose reads and their variants', () => {
    const names = [
      'compose.yaml',
      'a/compose.yml',
      'docker-compose.yml',
      'deploy/docker-compose.prod.yaml',
      'compose.override.yml',
      'docker-compose-dev.yml'
    ]

    expect(names.filter(isComposeFile)).toEqual(names)
    expect(
      ['compose.json', 'composer.yml', 'k8s/deploy.yaml'].filter(isComposeFile)
    ).toEqual([])
  })
})

describe('groupProjects', () => {
  it('pairs each base file with its override in the same folder', () => {
    expect(
      groupProjects([
        'compose.yaml',
        'compose.override.yaml',
        'a/docker-compose.yml',
        'a/docker-compose.override.yml',
        'b/compose.override.yml',
        'c/docker-compose.prod.yml'
      ])
    ).toEqual([
      ['compose.yaml', 'compose.override.yaml'],
      ['a/docker-compose.yml', 'a/docker-compose.override.yml'],
      ['c/docker-compose.prod.yml'],
      ['b/compose.override.yml']
    ])
  })
})

describe('Compose project model', () => {
  it('merges environment given as a list in one file and a map in the next', async () => {
    const files = {
      'compose.yaml': yaml(
        'services:',
        '  a:',
        '    environment:',
        '      - DB_PASSWORD=hunter2'
      ),
      'compose.override.yaml': yaml(
        'services:',
        '  a:',
        '    environment:',
        '      DEBUG: "1"'
      )
    }

    expect(await hits('CSG-C18', files)).toEqual(['compose.yaml:4'])
  })

  it('replaces a scalar and honours !reset in an override', async () => {
    const files = {
      'compose.yaml': yaml(
        'services:',
        '  a:',
        '    image: app:1',
        '    cap_add: [SYS_ADMIN]'
      ),
      'compose.override.yaml': yaml(
        'services:',
        '  a:',
        '    image: app:latest',
        '    cap_add: !reset []'
      )
    }

    expect(await hits('CSG-C26', files)).toEqual(['compose.override.yaml:3'])
    expect(await hits('CSG-C2', files)).toEqual([])
  })

  it('replaces a list tagged !override instead of appending', async () => {
    const files = {
      'compose.yaml': yaml('services:', '  a:', '    ports: ["80:80"]'),
      'compose.override.yaml': yaml(
        'services:',
        '  a:',
        '    ports: !override ["127.0.0.1:8080:80"]'
      )
    }

    expect(await hits('CSG-C20', files)).toEqual([])
  })

  it('appends ports and keys volumes by target across files', async () => {
    const files = {
      'compose.yaml': yaml(
        'services:',
        '  a:',
        '    ports: ["8080:80"]',
        '    volumes: ["/etc:/host-etc"]'
      ),
      'compose.override.yaml': yaml(
        'services:',
        '  a:',
        '    ports: ["9090:90"]',
        '    volumes: ["./safe:/host-etc"]'
      )
    }

    expect(await hits('CSG-C20', files)).toEqual([
      'compose.yaml:3',
      'compose.override.yaml:3'
    ])
    expect(await hits('CSG-C10', files)).toEqual([])
  })

  it('resolves extends in the same file, short and long form', async () => {
    const file = yaml(
      'services:',
      '  base:',
      '    image: app:1',
      '    privileged: true',
      '  short:',
      '    extends: base',
      '  long:',
      '    extends:',
      '      service: base',
      '    privileged: false'
    )

    expect(await hits('CSG-C1', file)).toEqual([
      'compose.yaml:4',
      'compose.yaml:4'
    ])
  })

  it('resolves extends from another file and points into it', async () => {
    const files = {
      'app/compose.yaml': yaml(
        'services:',
        '  web:',
        '    extends:',
        '      file: ../common/base.yml',
        '      service: hardened'
      ),
      'common/base.yml': yaml(
        'services:',
        '  hardened:',
        '    read_only: true',
        '    privileged: yes'
      )
    }
    const result = await scan(files, undefined, ['app/compose.yaml'])

    expect(result.errors).toEqual([])
    expect(
      result.findings.filter((f) => f.rule.id === 'CSG-C1').map((f) => at(f))
    ).toEqual(['common/base.yml:4'])
    expect(result.findings.filter((f) => f.rule.id === 'CSG-C11')).toEqual([])
  })

  it('reports a broken extends and still checks the service', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    extends: missing',
      '    privileged: true',
      '  b:',
      '    extends: { service: c }',
      '  c:',
      '    extends: b'
    )
    const result = await scan(file)

    expect(result.errors.map((e) => e.message)).toEqual([
      'Compose file compose.yaml: service "a": extends service "missing" is not defined in compose.yaml',
      'Compose file compose.yaml: service "b": extends cycle through "c"',
      'Compose file compose.yaml: service "c": extends cycle through "b"'
    ])
    expect(result.findings.some((f) => f.rule.id === 'CSG-C1')).toBe(true)
  })

  it('refuses an extends file outside the repository', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    extends: { file: ../../x.yml, service: a }'
    )
    const result = await scan(file)

    expect(result.errors[0]?.message).toMatch(/outside the repository/)
  })

  it('checks services of every profile', async () => {
    const file = yaml(
      'services:',
      '  debug:',
      '    profiles: [debug]',
      '    privileged: true'
    )

    expect(await hits('CSG-C1', file)).toEqual(['compose.yaml:4'])
  })

  it('points at exact columns', async () => {
    const result = await scan(yaml('services:', '  a:', '    pid:   host'))
    const finding = result.findings.find((f) => f.rule.id === 'CSG-C5')

    expect(finding && at(finding, true)).toBe('compose.yaml:3:12')
    expect(finding?.location.region?.endColumn).toBe(16)
  })
})
