/**
 * RUN bodies read with a real shell parser (tree-sitter-bash, see
 * shell-parser.ts): every simple command with its words, the commands that
 * feed it through a pipe, and the commands run by its substitutions. Plain
 * bodies take a faster path with the same result (shell-simple.ts).
 */
import type { Node } from 'web-tree-sitter'
import { bashParser } from './shell-parser.js'
import { parseSimpleShell } from './shell-simple.js'
import { shellCFlag, stripPrefixes } from './shell-words.js'

export { baseName, isShell, stripPrefixes } from './shell-words.js'

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
// the most recent ones tree-sitter made are kept by text. The fast path's
// are not: it costs about what the lookup does, and keeping its results
// alive would only give the garbage collector older objects to trace.
const CACHE_SIZE = 512
const cache = new Map<string, ShellScript>()

/** Parses `text` as Bash. Never throws. */
export function parseShell(text: string, depth = 0): ShellScript {
  const tooLarge = sizeCheck(text)
  if (tooLarge) return tooLarge
  // Most bodies are plain words and operators, read without tree-sitter.
  const simple = parseSimpleShell(text)
  if (simple) return simple

  const key = `${depth}\u0000${text}`
  const hit = cache.get(key)
  if (hit) {
    // Refresh its place so the least recently used entry goes first.
    cache.delete(key)
    cache.set(key, hit)

    return hit
  }

  const script = parseWithTreeSitter(text, depth)
  cache.set(key, script)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '')

  return script
}

// The refusal of a script too large to analyse, if it is.
function sizeCheck(text: string): ShellScript | undefined {
  // Every operator takes a character: a short text cannot have too many.
  if (text.length <= MAX_OPERATORS) return undefined
  const operators = text.match(/&&|\|\||[;|]/g)?.length ?? 0
  if (text.length <= MAX_SCRIPT_CHARS && operators <= MAX_OPERATORS) {
    return undefined
  }
  const error = `the script has ${text.length} characters and ${operators} operators, over the ${MAX_SCRIPT_CHARS} and ${MAX_OPERATORS} this checker analyses`

  return { commands: [], hasPipe: false, error, tooLarge: true }
}

/**
 * Parses `text` with tree-sitter-bash, never taking the fast path of
 * shell-simple.ts nor the cache: the reference that fast path must match.
 * Never throws.
 */
export function parseWithTreeSitter(text: string, depth = 0): ShellScript {
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
  const flag = shellCFlag(command.argv)
  if (flag < 0) return []

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
