/**
 * RUN bodies read with a real shell parser (tree-sitter-bash, see
 * shell-parser.ts): every simple command with its words, the commands that
 * feed it through a pipe, and the commands run by its substitutions.
 */
import type { Node } from 'web-tree-sitter'
import { bashParser } from './shell-parser.js'

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh'])
const MAX_NESTING = 3
// The walk recurses once per `&&`; bounded so that no input can overflow
// the stack or stall the scan.
const MAX_SCRIPT_CHARS = 64 * 1024
const MAX_OPERATORS = 2000

/** One simple command of a script, e.g. `apt-get install -y curl`. */
export interface ShellCommand {
  /** Its words, unquoted; substitutions read `$(...)` and `<(...)`. */
  readonly argv: readonly string[]
  /** 1-based line and column of its first word in the parsed text. */
  readonly line: number
  readonly column: number
  /** Commands earlier in the same pipeline, feeding its standard input. */
  readonly upstream: readonly ShellCommand[]
  /** Commands run by `$(...)`, backquotes or `<(...)` in its words. */
  readonly substituted: readonly ShellCommand[]
  /** True when it runs inside another command's substitution. */
  readonly inSubstitution: boolean
  /** True when it comes from the script of `sh -c '...'`. */
  readonly viaShellC: boolean
  /** `NAME=value` prefixes (`X=1 cmd`) and `export X=1` operands, unquoted. */
  readonly assignments: readonly string[]
}

/** A parsed script: every command in source order. */
export interface ShellScript {
  readonly commands: readonly ShellCommand[]
  /** True when a pipeline appears anywhere. */
  readonly hasPipe: boolean
  /** Set when the text is not valid shell or too large to analyse. */
  readonly error?: string
  /** True when the script was too large to analyse (see `error`). */
  readonly tooLarge?: boolean
}

type Mutable = { -readonly [K in keyof ShellCommand]: ShellCommand[K] }

interface Walk {
  readonly commands: ShellCommand[]
  hasPipe: boolean
  readonly depth: number
}

// RUN bodies repeat across the Dockerfiles of a repository (the same
// `apt-get update && ...` in every service); a parse is immutable data, so
// the most recent ones are kept by text.
const CACHE_SIZE = 512
const cache = new Map<string, ShellScript>()

/** Parses `text` as Bash. Never throws. */
export function parseShell(text: string, depth = 0): ShellScript {
  const key = `${depth}\u0000${text}`
  const hit = cache.get(key)
  if (hit) {
    // Refresh its place so the least recently used entry goes first.
    cache.delete(key)
    cache.set(key, hit)

    return hit
  }

  const script = parseUncached(text, depth)
  cache.set(key, script)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '')

  return script
}

function parseUncached(text: string, depth: number): ShellScript {
  const operators = text.match(/&&|\|\||[;|]/g)?.length ?? 0
  if (text.length > MAX_SCRIPT_CHARS || operators > MAX_OPERATORS) {
    const error = `the script has ${text.length} characters and ${operators} operators, over the ${MAX_SCRIPT_CHARS} and ${MAX_OPERATORS} this checker analyses`

    return { commands: [], hasPipe: false, error, tooLarge: true }
  }

  const tree = bashParser.parse(text)
  if (!tree) return { commands: [], hasPipe: false, error: 'parser gave up' }
  try {
    const walk: Walk = { commands: [], hasPipe: false, depth }
    visit(tree.rootNode, walk, false, [])
    const error = tree.rootNode.hasError ? 'not valid shell syntax' : undefined

    return {
      commands: walk.commands,
      hasPipe: walk.hasPipe,
      ...(error ? { error } : {})
    }
  } finally {
    tree.delete()
  }
}

// Collects the commands under `node` in source order.
function visit(
  node: Node,
  walk: Walk,
  inSubstitution: boolean,
  upstream: readonly ShellCommand[]
): ShellCommand[] {
  switch (node.type) {
    case 'command':
    case 'declaration_command':
      return commandOf(node, [], walk, inSubstitution, upstream)
    case 'redirected_statement': {
      const body = node.childForFieldName('body')
      const redirects = node.namedChildren.filter(
        (c) => c && c !== body && c.id !== body?.id
      ) as Node[]
      if (body?.type === 'command') {
        return commandOf(body, redirects, walk, inSubstitution, upstream)
      }
      break
    }
    case 'pipeline': {
      walk.hasPipe = true
      const found: ShellCommand[] = []
      for (const child of node.namedChildren) {
        if (child)
          found.push(
            ...visit(child, walk, inSubstitution, [...upstream, ...found])
          )
      }

      return found
    }
    case 'command_substitution':
    case 'process_substitution':
      inSubstitution = true
      upstream = []
      break
  }

  const found: ShellCommand[] = []
  for (const child of node.namedChildren) {
    if (child) found.push(...visit(child, walk, inSubstitution, upstream))
  }

  return found
}

// One command plus the commands hidden in its words and redirections.
function commandOf(
  node: Node,
  redirects: readonly Node[],
  walk: Walk,
  inSubstitution: boolean,
  upstream: readonly ShellCommand[]
): ShellCommand[] {
  const words: Node[] = []
  const others: Node[] = [...redirects]
  const assignments: string[] = []
  for (const child of node.namedChildren) {
    if (!child) continue
    if (child.type === 'command_name' || isWordNode(child.type))
      words.push(child)
    else others.push(child)
    if (child.type === 'variable_assignment') {
      assignments.push(assignmentText(child))
    }
  }

  // `export X=1`: the keyword is an anonymous token, not a word.
  const keyword =
    node.type === 'declaration_command' ? [node.child(0)?.text ?? ''] : []
  const first = words[0] ?? node
  const command: Mutable = {
    argv: [...keyword, ...words.map(wordText)],
    assignments,
    line: first.startPosition.row + 1,
    column: first.startPosition.column + 1,
    upstream,
    substituted: [],
    inSubstitution,
    viaShellC: false
  }
  walk.commands.push(command)

  const inner: ShellCommand[] = []
  for (const part of [...words, ...others]) {
    inner.push(...substitutionsIn(part, walk))
  }
  command.substituted = inner

  return [command, ...inner, ...shellCScript(command, words, walk)]
}

// The commands of every `$(...)`, backquote and `<(...)` inside `node`.
function substitutionsIn(node: Node, walk: Walk): ShellCommand[] {
  if (
    node.type === 'command_substitution' ||
    node.type === 'process_substitution'
  ) {
    return visit(node, walk, true, [])
  }
  const found: ShellCommand[] = []
  for (const child of node.namedChildren) {
    if (child) found.push(...substitutionsIn(child, walk))
  }

  return found
}

// `sh -c 'apt-get install x'`: the quoted script is parsed in turn.
function shellCScript(
  command: ShellCommand,
  words: readonly Node[],
  walk: Walk
): ShellCommand[] {
  if (walk.depth >= MAX_NESTING) return []
  const argv = stripPrefixes(command.argv)
  const name = baseName(argv[0] ?? '')
  const flag = argv.findIndex((a, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(a))
  if (!SHELLS.has(name) || flag < 0) return []

  const word = words[command.argv.length - argv.length + flag + 1]
  if (!word || !isStatic(word)) return []

  const script = parseShell(wordText(word), walk.depth + 1)
  if (script.hasPipe) walk.hasPipe = true
  const moved = script.commands.map((c) => ({
    ...c,
    line: command.line,
    column: command.column,
    viaShellC: true
  }))
  walk.commands.push(...moved)

  return moved
}

const WORD_TYPES = new Set([
  'word',
  'string',
  'raw_string',
  'ansi_c_string',
  'translated_string',
  'concatenation',
  'simple_expansion',
  'expansion',
  'command_substitution',
  'process_substitution',
  'number',
  'arithmetic_expansion'
])

function isWordNode(type: string): boolean {
  return WORD_TYPES.has(type)
}

// True when a word has no substitution or expansion in it.
function isStatic(word: Node): boolean {
  if (
    word.type === 'raw_string' ||
    word.type === 'word' ||
    word.type === 'string_content'
  )
    return true
  if (word.type !== 'string' && word.type !== 'concatenation') return false

  return word.namedChildren.every((c) => c !== null && isStatic(c))
}

/** The text of a word: quotes and escapes removed, substitutions abridged. */
function wordText(node: Node): string {
  switch (node.type) {
    case 'command_name':
      return node.namedChildren.map((c) => (c ? wordText(c) : '')).join('')
    case 'word':
      return node.text.replace(/\\(.)/g, '$1')
    case 'raw_string':
      return node.text.slice(1, -1)
    case 'string':
    case 'concatenation':
      return partsText(node)
    case 'command_substitution':
      return '$(...)'
    case 'process_substitution':
      return '<(...)'
    default:
      return node.text
  }
}

// A double-quoted string or a concatenation: the text between its parts is
// kept as written (minus the quotes), the parts are read as words.
function partsText(node: Node): string {
  let out = ''
  let at = node.startIndex
  for (const child of node.namedChildren) {
    if (!child) continue
    out += node.text.slice(
      at - node.startIndex,
      child.startIndex - node.startIndex
    )
    out += child.type === 'string_content' ? child.text : wordText(child)
    at = child.endIndex
  }
  out += node.text.slice(at - node.startIndex)

  return node.type === 'string'
    ? out.replace(/^"|"$/g, '')
    : out.replace(/"/g, '')
}

// `NAME=value` with the value read as a word.
function assignmentText(node: Node): string {
  const name = node.childForFieldName('name')?.text ?? ''
  const value = node.childForFieldName('value')

  return `${name}=${value ? wordText(value) : ''}`
}

/** The program name without its directory: `/usr/bin/curl` is `curl`. */
export function baseName(word: string): string {
  const slash = word.lastIndexOf('/')

  return slash >= 0 ? word.slice(slash + 1) : word
}

const PREFIX_FLAGS_WITH_VALUE = new Set(['-u', '-g', '-C', '-h', '-p', '-U'])
const PASS_THROUGH = new Set(['command', 'exec', 'nohup', 'time'])

/**
 * The command a line really runs: drops leading `sudo` (and its options),
 * `env` (and its assignments), `command`, `exec`, `nohup`, `time`.
 */
export function stripPrefixes(argv: readonly string[]): readonly string[] {
  let i = 0
  for (;;) {
    const name = baseName(argv[i] ?? '')
    if (name === 'sudo' || name === 'env') {
      i++
      while (i < argv.length) {
        const word = argv[i] ?? ''
        if (name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) i++
        else if (word.startsWith('-'))
          i += PREFIX_FLAGS_WITH_VALUE.has(word) ? 2 : 1
        else break
      }
    } else if (PASS_THROUGH.has(name)) i++
    else break
  }

  return i === 0 ? argv : argv.slice(i)
}

/** True when the program is a POSIX-style shell (`sh`, `bash`...). */
export function isShell(name: string): boolean {
  return SHELLS.has(baseName(name))
}
