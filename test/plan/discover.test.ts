import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import {
  isComposeName,
  isDockerfileName,
  listFiles,
  select
} from '../../src/plan/discover.js'
import { composeBuilds, repositoryOf } from '../../src/plan/pairing.js'
import { RecordingLogger } from '../../src/logging.js'

function tree(files: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'csg-plan-'))
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), 'x')
  }

  return root
}

describe('listFiles', () => {
  it('skips .git, node_modules, vendored folders and the skip-dirs given', async () => {
    const root = tree([
      'Dockerfile',
      '.git/Dockerfile',
      'node_modules/x/Dockerfile',
      'vendor/y/Dockerfile',
      'build/out/Dockerfile',
      'svc/api/Dockerfile'
    ])
    const { files, truncated } = await listFiles(root, ['build/out'])

    expect(files.sort()).toEqual(['Dockerfile', 'svc/api/Dockerfile'])
    expect(truncated).toBe(false)
  })
})

describe('listFiles and links', () => {
  it('counts a link to a file inside the repository, not one leading outside', async () => {
    const root = tree(['docker/Dockerfile.prod'])
    const outside = tree(['Dockerfile'])
    symlinkSync('docker/Dockerfile.prod', path.join(root, 'Dockerfile'))
    symlinkSync(
      path.join(outside, 'Dockerfile'),
      path.join(root, 'Other.Dockerfile')
    )
    const { files } = await listFiles(root, [])

    expect(files.sort()).toEqual(['Dockerfile', 'docker/Dockerfile.prod'])
  })
})

describe('names', () => {
  it.each([
    ['Dockerfile', true],
    ['svc/Dockerfile.prod', true],
    ['api.Dockerfile', true],
    ['Containerfile', true],
    ['Dockerfile.dockerignore', false],
    ['Dockerfile.md', false],
    ['docs/dockerfile-guide.txt', false]
  ])('%s is a Dockerfile: %s', (file, expected) => {
    expect(isDockerfileName(file)).toBe(expected)
  })

  it.each([
    ['compose.yaml', true],
    ['docker-compose.yml', true],
    ['deploy/docker-compose.prod.yml', true],
    ['compose.override.yaml', true],
    ['composer.yaml', false],
    ['k8s/deployment.yaml', false]
  ])('%s is a Compose file: %s', (file, expected) => {
    expect(isComposeName(file)).toBe(expected)
  })
})

describe('select', () => {
  const files = ['Dockerfile', 'a/Dockerfile.dev', 'b/c/Dockerfile', 'x.yml']

  it('uses the default test without globs', () => {
    expect(select(files, [], isDockerfileName)).toEqual(files.slice(0, 3))
  })

  it('refuses a glob that matches no file, naming the input', () => {
    expect(() =>
      select(
        files,
        ['b/**/Dockerfile', 'services/api/Dockerfil'],
        isDockerfileName,
        'dockerfiles'
      )
    ).toThrow(
      'Invalid dockerfiles entry "services/api/Dockerfil": it matches no file'
    )
  })

  it('uses only the globs when given', () => {
    expect(
      select(files, ['b/**/Dockerfile', './x.yml'], isDockerfileName)
    ).toEqual(['b/c/Dockerfile', 'x.yml'])
  })
})

describe('pairing', () => {
  it('takes the repository part of references', () => {
    expect(repositoryOf('ghcr.io/a/b:1.2')).toBe('ghcr.io/a/b')
    expect(repositoryOf('localhost:5000/a@sha256:abc')).toBe('localhost:5000/a')
    expect(repositoryOf('localhost:5000/a')).toBe('localhost:5000/a')
    expect(repositoryOf('ghcr.io/a/api:${TAG:-dev}')).toBe('ghcr.io/a/api')
  })

  it('reads which Dockerfile each Compose service builds its image with', async () => {
    const root = tree([])
    mkdirSync(path.join(root, 'deploy'))
    writeFileSync(
      path.join(root, 'deploy/compose.yaml'),
      [
        'services:',
        '  api:',
        '    image: ghcr.io/acme/api:${TAG:-dev}',
        '    build: ../services/api',
        '  web:',
        '    image: ghcr.io/acme/web',
        '    build: { context: .., dockerfile: web.Dockerfile }',
        '  db:',
        '    image: postgres:16'
      ].join('\n')
    )
    writeFileSync(path.join(root, 'broken-compose.yaml'), 'services: [')
    const logger = new RecordingLogger()
    const builds = await composeBuilds(
      root,
      ['deploy/compose.yaml', 'broken-compose.yaml'],
      logger
    )

    expect(builds).toEqual([
      {
        image: 'ghcr.io/acme/api:${TAG:-dev}',
        dockerfile: 'services/api/Dockerfile'
      },
      { image: 'ghcr.io/acme/web', dockerfile: 'web.Dockerfile' }
    ])
    expect(logger.text()).toContain('Pairing skipped broken-compose.yaml')
  })
})
