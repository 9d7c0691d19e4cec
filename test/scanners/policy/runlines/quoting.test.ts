import { describe, expect, it } from '@jest/globals'

import { at } from '../compose/helpers.js'
import { scanScripts } from './helpers.js'

const SECRET = 'sk_live_51HxSECRETSECRETSECRET'

// Every finding of `files` as `rule path:line:column`.
async function found(
  files: string | Readonly<Record<string, string>>
): Promise<string[]> {
  const result = await scanScripts(files)

  return result.findings.map((f) => `${f.rule.id} ${at(f, true)}`)
}

describe('docker run in quoted text', () => {
  it('when a script echoes a docker run and then sets a secret, finds nothing and quotes nothing', async () => {
    const leak = `#!/bin/sh\necho "to debug: docker run --privileged app"\nexport STRIPE_KEY=${SECRET}\n`
    const result = await scanScripts({ 'leak.sh': leak })

    expect(result.findings).toEqual([])
    expect(result.errors).toEqual([])
  })

  it.each([
    ['single quotes', "log 'run: docker run --privileged app'"],
    ['double quotes', 'printf "%s\\n" "docker run --privileged app"'],
    ['ANSI-C quotes', "echo $'docker run --privileged app'"],
    ['a heredoc body', 'cat <<EOF\ndocker run --privileged app\nEOF'],
    ['a quoted heredoc body', "cat <<'EOF'\ndocker run --privileged app\nEOF"],
    ['a comment after code', 'make build # then docker run --privileged app'],
    ['a comment line', '  # docker run --privileged app'],
    ['a quote spanning lines', 'echo "usage:\n  docker run --privileged app"']
  ])('when docker run is in %s, finds nothing', async (_, text) => {
    expect(await found(`${text}\nexport STRIPE_KEY=${SECRET}\n`)).toEqual([])
  })
})

describe('docker run that the shell runs', () => {
  it.each([
    ['sh -c with single quotes', "sh -c 'docker run --privileged app:1'", 19],
    [
      'bash -c with double quotes',
      'bash -c "docker run --privileged app:1"',
      21
    ],
    ['sudo sh -c', "sudo sh -c 'cd /x && docker run --privileged app:1'", 33],
    ['a command substitution', 'id=$(docker run -d --privileged app:1)', 20],
    ['a subshell', '(docker run --privileged app:1)', 13]
  ])('when run by %s, catches it at the flag', async (_, text, column) => {
    const hits = await found(`set -e\n${text}\n`)

    expect(hits.filter((h) => h.startsWith('CSG-R1 '))).toEqual([
      `CSG-R1 deploy.sh:2:${column}`
    ])
  })

  it('when a shell reads a heredoc, reads its body as commands', async () => {
    const text = 'sudo sh <<EOF\n  docker run --privileged app:1\nEOF\n'
    const hits = await found(text)

    expect(hits.filter((h) => h.startsWith('CSG-R1 '))).toEqual([
      'CSG-R1 deploy.sh:2:14'
    ])
  })
})

describe('the extent of a command', () => {
  it.each([
    ['a newline', 'docker run app:1\necho --privileged'],
    ['a semicolon', 'docker run app:1; echo --privileged'],
    ['&&', 'docker run app:1 && echo --privileged'],
    ['||', 'docker run app:1 || echo --privileged'],
    ['a pipe', 'docker run app:1 | grep --privileged'],
    ['a background &', 'docker run app:1 & echo --privileged']
  ])('when %s ends it, the next command is not read', async (_, text) => {
    const result = await scanScripts(text)
    const rules = result.findings.map((f) => f.rule.id)

    expect(rules).not.toContain('CSG-R1')
    expect(result.findings.map((f) => f.message)).toContain(
      'docker run app:1 runs without --read-only.'
    )
  })

  it('when a real command is followed by a secret, its messages quote the image only', async () => {
    const text = `docker run --privileged app:1\nexport STRIPE_KEY=${SECRET}\n`
    const result = await scanScripts(text)
    const messages = result.findings.map((f) => f.message)

    expect(messages).toContain('docker run app:1 runs privileged.')
    expect(messages.filter((m) => m.includes('STRIPE'))).toEqual([])
  })
})
