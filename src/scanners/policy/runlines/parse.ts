import type { DockerCommand, Word } from './extract.js'

/** One option of a docker command, by its long name. */
export interface DockerOption {
  /** Long name without dashes: `privileged`, `volume`, `security-opt`. */
  readonly name: string
  /** The value, for options that take one. */
  readonly value?: string
  /** The word the option is written in. */
  readonly word: Word
}

/** A docker command's options and image. */
export interface ParsedCommand {
  readonly command: DockerCommand
  readonly options: readonly DockerOption[]
  readonly image?: Word
  /** True when a variable stands where options go (`docker run $OPTS`). */
  readonly opaque: boolean
}

const SHORT: Readonly<Record<string, string>> = {
  e: 'env',
  v: 'volume',
  p: 'publish',
  u: 'user',
  w: 'workdir',
  m: 'memory',
  c: 'cpu-shares',
  h: 'hostname',
  l: 'label',
  a: 'attach',
  d: 'detach',
  i: 'interactive',
  t: 'tty',
  P: 'publish-all',
  q: 'quiet'
}

// Options that take no value; every other option takes one.
const FLAGS = new Set([
  'detach',
  'interactive',
  'tty',
  'rm',
  'privileged',
  'read-only',
  'init',
  'publish-all',
  'no-healthcheck',
  'oom-kill-disable',
  'quiet',
  'help',
  'disable-content-trust',
  'sig-proxy',
  'with-registry-auth',
  'no-resolve-image'
])

/** Reads the options of a docker command up to its image. */
export function parseCommand(command: DockerCommand): ParsedCommand {
  const options: DockerOption[] = []
  const words = command.args
  let opaque = false
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word
    const text = word.text
    if (text === '--') return done(words[i + 1])
    if (text.startsWith('$')) {
      opaque = true
      continue
    }
    if (!text.startsWith('-') || text === '-') return done(word)

    const parsed = text.startsWith('--')
      ? [longOption(text)]
      : shortOptions(text)
    for (const [index, { name, value }] of parsed.entries()) {
      const last = index === parsed.length - 1
      if (value !== undefined || FLAGS.has(name) || !last) {
        options.push({ name, word, ...(value === undefined ? {} : { value }) })
        continue
      }
      const next = words[i + 1]
      i++
      options.push({ name, word, ...(next ? { value: next.text } : {}) })
    }
  }

  return done(undefined)

  function done(image: Word | undefined): ParsedCommand {
    return { command, options, opaque, ...(image ? { image } : {}) }
  }
}

function longOption(text: string): { name: string; value?: string } {
  const eq = text.indexOf('=')
  if (eq < 0) return { name: text.slice(2) }

  return { name: text.slice(2, eq), value: text.slice(eq + 1) }
}

// `-it`, `-e X=1`, `-eX=1`, `-v/a:/b`: the first option taking a value
// takes the rest of the word, if any.
function shortOptions(text: string): { name: string; value?: string }[] {
  const result: { name: string; value?: string }[] = []
  for (let i = 1; i < text.length; i++) {
    const letter = text[i] ?? ''
    const name = SHORT[letter] ?? letter
    const rest = text.slice(i + 1).replace(/^=/, '')
    if (!FLAGS.has(name) && rest !== '') {
      result.push({ name, value: rest })
      break
    }
    result.push({ name })
  }

  return result
}

/** The options named any of `names`. */
export function optionsNamed(
  parsed: ParsedCommand,
  ...names: readonly string[]
): DockerOption[] {
  return parsed.options.filter((option) => names.includes(option.name))
}
