import { describe, expect, it } from '@jest/globals'

import { isScriptCandidate } from '../../../../src/scanners/policy/runlines/index.js'
import { extractCommands } from '../../../../src/scanners/policy/runlines/extract.js'
import { parseCommand } from '../../../../src/scanners/policy/runlines/parse.js'

const parse = (text: string, file = 'x.sh') =>
  extractCommands(text, file).map(parseCommand)

describe('isScriptCandidate', () => {
  it('takes scripts, Makefiles and CI files only', () => {
    const yes = [
      'a/run.sh',
      'Makefile',
      'build/rules.mk',
      '.github/workflows/ci.yml',
      '.gitlab-ci.yml',
      'x/GNUmakefile'
    ]
    const no = ['README.md', 'workflows/ci.yml', 'compose.yaml', 'src/app.ts']

    expect(yes.filter(isScriptCandidate)).toEqual(yes)
    expect(no.filter(isScriptCandidate)).toEqual([])
  })
})

describe('extractCommands', () => {
  it('joins continuations and keeps each word at its own line and column', () => {
    const [command] = parse(
      'set -e\ndocker run -d \\\n  --privileged \\\n  nginx:1.27 nginx -g x\n'
    )

    expect(command?.command.docker.place.region).toMatchObject({
      startLine: 2,
      startColumn: 1
    })
    expect(
      command?.options.map((o) => [
        o.name,
        o.word.place.region.startLine,
        o.word.place.region.startColumn
      ])
    ).toEqual([
      ['detach', 2, 12],
      ['privileged', 3, 3]
    ])
    expect(command?.image?.text).toBe('nginx:1.27')
  })

  it('reads quoted values, = forms, grouped short flags and stops at &&', () => {
    const [command] = parse(
      `docker run -it -e "A=b c" --network=host -v/a:/b alpine sh && docker ps`
    )

    expect(command?.options.map((o) => `${o.name}=${o.value ?? ''}`)).toEqual([
      'interactive=',
      'tty=',
      'env=A=b c',
      'network=host',
      'volume=/a:/b'
    ])
    expect(command?.image?.text).toBe('alpine')
  })

  it('finds commands in YAML run: and script: values and after sudo, not in comments', () => {
    const text = [
      'steps:',
      '  - run: sudo docker run --rm alpine:3 true',
      '  # docker run --privileged x',
      '  - script: [docker container run busybox:1]',
      '  - run: |',
      '      echo start',
      '      docker service create --name web nginx:1'
    ].join('\n')
    const found = parse(text, '.gitlab-ci.yml')

    expect(found.map((c) => `${c.command.kind} ${c.image?.text}`)).toEqual([
      'run alpine:3',
      'run busybox:1',
      'service nginx:1'
    ])
    expect(
      found.map((c) => {
        const { startLine, startColumn } = c.command.docker.place.region
        return `${startLine}:${startColumn}`
      })
    ).toEqual(['2:15', '4:14', '7:7'])
  })

  it('keeps GitHub expressions in the words they are written in', () => {
    const text =
      'on: push\njobs:\n  a:\n    steps:\n      - run: docker run -v ${{ github.workspace }}:/src "${{ env.IMAGE }}"\n'
    const [command] = parse(text, '.github/workflows/ci.yml')

    expect(command?.options.map((o) => o.value)).toEqual([
      '${{ github.workspace }}:/src'
    ])
    const image = command?.command.args.at(-1)
    expect(image?.text).toBe('${{ env.IMAGE }}')
    expect(image?.place.region).toMatchObject({
      startLine: 5,
      startColumn: 57
    })
  })

  it('marks commands whose options hide behind variables', () => {
    const [command] = parse('docker run $DOCKER_OPTS "$IMAGE"')

    expect(command?.opaque).toBe(true)
  })
})
