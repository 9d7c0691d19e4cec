import { describe, expect, it } from '@jest/globals'

import { at } from '../compose/helpers.js'
import { scanScripts } from './helpers.js'

// Where CSG-R1 fires in `files`, as `path:line:column`, with its message.
async function privileged(
  files: Readonly<Record<string, string>>
): Promise<string[]> {
  const result = await scanScripts(files)

  return result.findings
    .filter((f) => f.rule.id === 'CSG-R1')
    .map((f) => `${at(f, true)} ${f.message}`)
}

describe('container engines', () => {
  it.each([
    ['podman run', 'podman run --privileged app:1', 'podman run app:1'],
    ['nerdctl run', 'nerdctl run --privileged app:1', 'nerdctl run app:1'],
    [
      'sudo podman container run',
      'sudo podman container run --privileged app:1',
      'podman run app:1'
    ],
    [
      'docker with global options',
      'docker -H tcp://10.0.0.2:2376 --tls run --privileged app:1',
      'docker run app:1'
    ],
    [
      'an engine variable',
      '"$DOCKER" run --privileged app:1',
      '$DOCKER run app:1'
    ]
  ])('when written as %s, catches it', async (_, line, named) => {
    const hits = await privileged({ 'run.sh': `${line}\n` })

    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatch(
      new RegExp(`^run\\.sh:1:\\d+ ${named.replace('$', '\\$')} runs`)
    )
  })

  it('when a variable names compose, does not take it for an engine', async () => {
    expect(
      await privileged({ 'run.sh': '$DOCKER_COMPOSE run --privileged app\n' })
    ).toEqual([])
  })
})

describe('Makefiles', () => {
  it('reads recipes, with their prefixes, and $(DOCKER) as the engine', async () => {
    const text = [
      'DOCKER ?= docker',
      '# docker run --privileged commented:1',
      'test:',
      '\t@$(DOCKER) run --rm \\',
      '\t  --privileged app:1 make check',
      '\t-echo "docker run --privileged quoted:1"'
    ].join('\n')

    expect(await privileged({ Makefile: text })).toEqual([
      'Makefile:5:4 $(DOCKER) run app:1 runs privileged.'
    ])
  })

  it('reads a variable that holds a command', async () => {
    const text = 'RUN := docker run --privileged -v $(PWD):/src tool:2\n'

    expect(await privileged({ 'build/rules.mk': text })).toEqual([
      'build/rules.mk:1:19 docker run tool:2 runs privileged.'
    ])
  })
})

describe('CI files', () => {
  it('reads run: blocks with expressions, not other keys', async () => {
    const text = [
      'name: docker run --privileged not-a-command',
      'jobs:',
      '  build:',
      '    steps:',
      '      - name: Test',
      '        run: |',
      '          cat <<EOF',
      '          docker run --privileged heredoc:1',
      '          EOF',
      '          docker run --privileged -v ${{ github.workspace }}:/src app:1',
      '      - run: echo "docker run --privileged echoed:1"'
    ].join('\n')

    expect(await privileged({ '.github/workflows/ci.yml': text })).toEqual([
      '.github/workflows/ci.yml:10:22 docker run app:1 runs privileged.'
    ])
  })

  it('reads GitLab script lists, one command per item', async () => {
    const text = [
      'test:',
      '  before_script:',
      '    - docker login -u "$U" -p "$P" registry',
      '  script:',
      '    - "docker run --privileged app:1"',
      "    - 'echo docker run --privileged app:2'"
    ].join('\n')

    expect(await privileged({ '.gitlab-ci.yml': text })).toEqual([
      '.gitlab-ci.yml:5:19 docker run app:1 runs privileged.'
    ])
  })
})
