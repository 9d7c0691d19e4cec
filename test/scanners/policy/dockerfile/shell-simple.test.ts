import { describe, expect, it } from '@jest/globals'
import {
  parseShell,
  parseWithTreeSitter
} from '../../../../src/scanners/policy/dockerfile/shell.js'
import { parseSimpleShell } from '../../../../src/scanners/policy/dockerfile/shell-simple.js'

// mulberry32: a fixed seed gives the same bodies on every run.
function generator(seed: number) {
  let state = seed
  const random = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t

    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
  const int = (below: number) => Math.floor(random() * below)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T

  return { random, int, pick }
}

const PROGRAMS = [
  'apt-get',
  'apk',
  'pip',
  'npm',
  'curl',
  'wget',
  'tar',
  'sh',
  'bash',
  'sudo',
  'env',
  '/usr/bin/env',
  'make',
  './configure',
  'go',
  'rm',
  'chmod',
  'useradd',
  'echo',
  'true',
  'x+y',
  'a.b',
  'a:b',
  '~/bin/x',
  '-x',
  '1',
  '1.5'
]
// Words that are awkward somewhere: keywords, assignments, globs, odd
// punctuation, numbers.
const ODD = [
  'if',
  'then',
  'fi',
  'do',
  'done',
  'in',
  'case',
  'esac',
  'for',
  'time',
  'export',
  'unset',
  'local',
  'X=1',
  'X=',
  '_a=b=c',
  'X+=1',
  '1X=2',
  'A=x:y',
  'a=b',
  '=',
  '==',
  '=x',
  '*',
  '/var/lib/apt/lists/*',
  'a?b',
  '?',
  '%',
  'a%b',
  '@',
  'a@b',
  'x@',
  '^x',
  'a^',
  '~',
  '~user/x',
  ',',
  '--',
  '-',
  '-c',
  '-ec',
  '-xc',
  '0',
  '007',
  '0x1F',
  '-5',
  '1e5',
  '3.14.15',
  'pkg=1.2-3',
  '--flag=a,b',
  'https://example.com/a/b.tgz',
  'user:group'
]
const PLAIN = [
  'install',
  '-y',
  '--no-install-recommends',
  'curl',
  'ca-certificates',
  'update',
  '-rf',
  '/tmp/x',
  'xz',
  '-C',
  '/opt',
  'build',
  '-j4',
  '--yes'
]
const OPERATORS = ['&&', '||', ';', '|']
const SPACES = [' ', ' ', ' ', '  ', '\t', ' \\\n    ', ' \\\n\\\n  ']

// A body of plain and odd words: most are read by the fast path, and the
// odd ones probe where it must decline or agree with tree-sitter.
function body(g: ReturnType<typeof generator>): string {
  const commands = 1 + g.int(5)
  let text = g.pick(['', '', ' ', '\\\n  '])
  for (let c = 0; c < commands; c++) {
    if (c > 0) {
      const op = g.pick(OPERATORS)
      const before = g.pick(['', ' ', ' ', ' ', '\t'])
      const after = g.pick(['', ' ', ' ', ' \\\n  ', '\\\n', ' \\\n'])
      text += `${before}${op}${after}`
    }
    if (g.random() < 0.15) text += `${g.pick(['X=1', 'CGO_ENABLED=0', 'A='])} `
    text += g.random() < 0.15 ? g.pick(ODD) : g.pick(PROGRAMS)
    const words = g.int(5)
    for (let w = 0; w < words; w++) {
      text += g.pick(SPACES)
      text += g.random() < 0.25 ? g.pick(ODD) : g.pick(PLAIN)
    }
  }

  return text + g.pick(['', '', ' ', ';', ' ;', ' && '])
}

describe('parseSimpleShell', () => {
  it('gives what tree-sitter gives, for every generated body it reads', () => {
    const g = generator(20240611)
    let read = 0
    const total = 6000
    for (let n = 0; n < total; n++) {
      const text = body(g)
      const fast = parseSimpleShell(text)
      if (!fast) continue
      read++
      expect({ text, ...fast }).toEqual({ text, ...parseWithTreeSitter(text) })
    }

    // The comparison means something only if most bodies took the path.
    expect(read).toBeGreaterThan(total / 3)
  })

  it('agrees for every way of joining four commands', () => {
    let read = 0
    for (let code = 0; code < 4 ** 4; code++) {
      const ops = [0, 1, 2, 3].map((k) => OPERATORS[(code >> (2 * k)) & 3])
      const text = ops.reduce<string>(
        (t, op, k) => `${t} ${op ?? ''} c${k + 1} x`,
        'c0 x'
      )
      const fast = parseSimpleShell(text)
      if (!fast) continue
      read++
      expect({ text, ...fast }).toEqual({ text, ...parseWithTreeSitter(text) })
    }

    expect(read).toBeGreaterThan(200)
  })

  it('agrees on words of random characters', () => {
    const g = generator(7)
    const chars = [...'abcXYZ_019./:+,~%?@^*=-']
    const word = () =>
      Array.from({ length: 1 + g.int(5) }, () => g.pick(chars)).join('')
    let read = 0
    const total = 6000
    for (let n = 0; n < total; n++) {
      let text = ''
      for (let c = 1 + g.int(3); c > 0; c--) {
        const words = Array.from({ length: 1 + g.int(4) }, word)
        text += words.join(g.pick([' ', ' ', '\t', ' \\\n  ']))
        if (c > 1) text += g.pick([' && ', ' || ', ';', ' | ', '|', '&&'])
      }
      const fast = parseSimpleShell(text)
      if (!fast) continue
      read++
      expect({ text, ...fast }).toEqual({ text, ...parseWithTreeSitter(text) })
    }

    expect(read).toBeGreaterThan(total / 10)
  })

  it('reads a typical continued install with its lines and columns', () => {
    const text =
      'apt-get update \\\n    && apt-get install -y \\\n       curl git \\\n\\\n    && rm -rf /var/lib/apt/lists/*'
    const fast = parseSimpleShell(text)

    expect(fast?.commands.map((c) => [c.argv, c.line, c.column])).toEqual([
      [['apt-get', 'update'], 1, 1],
      [['apt-get', 'install', '-y', 'curl', 'git'], 2, 8],
      [['rm', '-rf', '/var/lib/apt/lists/*'], 5, 8]
    ])
    expect(fast).toEqual(parseWithTreeSitter(text))
  })

  it('keeps what feeds a pipe and the assignments before a program', () => {
    const text = 'GOOS=linux X= go build | tee log | gzip; b'
    const fast = parseSimpleShell(text)

    expect(fast?.hasPipe).toBe(true)
    expect(fast?.commands[0]?.assignments).toEqual(['GOOS=linux', 'X='])
    expect(fast?.commands[2]?.upstream.map((c) => c.argv[0])).toEqual([
      'go',
      'tee'
    ])
    expect(fast?.commands[3]?.upstream).toEqual([])
    expect(fast).toEqual(parseWithTreeSitter(text))
  })

  it.each([
    ['quotes', `echo "a b"`],
    ['single quotes', `echo 'a'`],
    ['an expansion', 'echo $HOME'],
    ['a substitution', 'echo `id`'],
    ['a redirection', 'echo a > /tmp/x'],
    ['a subshell', '(cd /x && make)'],
    ['a group', '{ a; }'],
    ['a test', '[ -f x ] && y'],
    ['a comment', 'a # b'],
    ['negation', '! a'],
    ['background', 'a & b'],
    ['an escaped space', 'a b\\ c'],
    ['a bare newline', 'a\nb'],
    ['a word cut by a continuation', 'a b\\\nc'],
    ['non-ASCII', 'echo é'],
    ['a keyword', 'if true; then a; fi'],
    ['export', 'export A=1'],
    ['assignments alone', 'A=1 && b'],
    ['a leading operator', '&& a'],
    ['a trailing operator', 'a &&'],
    ['a long pipeline before &&', 'a | b | c && d'],
    ['|&', 'a |& b'],
    ['an empty text', '']
  ])('declines %s', (_, text) => {
    expect(parseSimpleShell(text)).toBeUndefined()
  })
})

describe('parseShell with the fast path', () => {
  it('still reads the script of a plain sh -c', () => {
    const script = parseShell('sudo sh -c apt-get && b')

    expect(script.commands.map((c) => [c.argv[0], c.viaShellC])).toEqual([
      ['sudo', false],
      ['apt-get', true],
      ['b', false]
    ])
  })

  it('gives the same result as tree-sitter for a simple body', () => {
    const text = 'npm ci --omit=dev && npm run build:api'

    expect(parseShell(text)).toEqual(parseWithTreeSitter(text))
  })
})
