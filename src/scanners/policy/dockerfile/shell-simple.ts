/**
 * A fast path for the plainest RUN bodies: bare words joined by `&&`,
 * `||`, `;` and `|`, across line continuations. Most RUN bodies are no
 * more than that, and reading them by hand costs a small fraction of a
 * tree-sitter parse. Anything else (quotes, expansions, redirections,
 * keywords, comments...) is declined and left to the real parser in
 * shell.ts. What it returns is what tree-sitter-bash gives for the same
 * text; test/scanners/policy/dockerfile/shell-simple.test.ts compares the
 * two over many generated bodies.
 */
import type { ShellCommand, ShellScript } from './shell.js'
import { shellCFlag } from './shell-words.js'

// Quotes, expansions, substitutions, redirections, groups, brackets,
// comments, negation, non-ASCII or control characters, and a backslash
// that is not a line continuation all need the real parser.
const NOT_SIMPLE = /[^\t\n -~]|['"$`<>(){}[\]#!]|\\(?!\n)/

// `NAME=value` before the program: tree-sitter reads it as an assignment.
// Only plain values are read here, and not the name `_`, which
// tree-sitter takes for a program.
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/
const PLAIN_ASSIGNMENT = /^(?!_=)[A-Za-z_][A-Za-z0-9_]*=[A-Za-z0-9_./:,~+-]*$/

// A program name tree-sitter reads as one plain word. Some characters it
// accepts in arguments make it stumble here: `%`, `?` or `@` after a name,
// `+` (it expects `+=`), a leading `-` (`- a=b` is dropped entirely), and
// `:` after an assignment.
const PROGRAM = /^[A-Za-z0-9_./:,~][A-Za-z0-9_./:,~-]*$/
const PROGRAM_AFTER_ASSIGNMENT = /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/

// tree-sitter reads a word starting `==` or `=~` as a test operator and
// drops it from the command.
const OPERATOR_LIKE = /^=[=~]/

// Words tree-sitter-bash gives their own node types (or may), when they
// stand where a program name goes.
const RESERVED = new Set(
  (
    'if then else elif fi for while until do done case esac in select ' +
    'function time coproc export declare local readonly typeset unset unsetenv'
  ).split(' ')
)

const TAB = 9
const NEWLINE = 10
const SPACE = 32
const AMPERSAND = 38
const SEMICOLON = 59
const BACKSLASH = 92
const BAR = 124

interface Token {
  readonly text: string
  readonly operator: boolean
  readonly line: number
  readonly column: number
}

/**
 * The commands of `text` when it is plain enough to read without a shell
 * parser, exactly as tree-sitter-bash would give them; undefined when it
 * is not (the caller then parses it for real).
 */
export function parseSimpleShell(text: string): ShellScript | undefined {
  if (NOT_SIMPLE.test(text)) return undefined
  const tokens = tokenize(text)
  if (!tokens || tokens.length === 0) return undefined

  return assemble(tokens)
}

// Words and operators with their 1-based positions; undefined for anything
// this path does not read.
function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = []
  let line = 1
  let lineStart = 0
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === SPACE || c === TAB) {
      i++
      continue
    }
    // A bare newline ends a command (outside continuations it only
    // appears in heredoc scripts): left to the real parser.
    if (c === NEWLINE) return undefined
    if (c === BACKSLASH) {
      // NOT_SIMPLE let through only `\` followed by a newline.
      i += 2
      line++
      lineStart = i
      continue
    }

    const start = i
    const operator = operatorAt(text, i)
    if (operator === null) return undefined
    if (operator !== undefined) {
      i += operator.length
    } else {
      while (i < text.length && !isDelimiter(text.charCodeAt(i))) i++
      // `word\` + newline joins the word to the next line's text.
      if (text.charCodeAt(i) === BACKSLASH) return undefined
    }
    tokens.push({
      text: operator ?? text.slice(start, i),
      operator: operator !== undefined,
      line,
      column: start - lineStart + 1
    })
  }

  return tokens
}

// The operator at `i`: undefined if a word starts there, null for one this
// path does not read (`&`, `|&`, `;;`, `;&`).
function operatorAt(text: string, i: number): string | undefined | null {
  const c = text.charCodeAt(i)
  const next = text.charCodeAt(i + 1)
  if (c === AMPERSAND) return next === AMPERSAND ? '&&' : null
  if (c === BAR) {
    if (next === BAR) return '||'

    return next === AMPERSAND ? null : '|'
  }
  if (c === SEMICOLON) {
    return next === SEMICOLON || next === AMPERSAND ? null : ';'
  }

  return undefined
}

function isDelimiter(c: number): boolean {
  return (
    c === SPACE ||
    c === TAB ||
    c === NEWLINE ||
    c === BACKSLASH ||
    c === AMPERSAND ||
    c === BAR ||
    c === SEMICOLON
  )
}

// Commands from tokens: `;` separates statements, `&&`/`||` pipelines,
// `|` the commands of a pipeline.
function assemble(tokens: readonly Token[]): ShellScript | undefined {
  const commands: ShellCommand[] = []
  let hasPipe = false
  let words: Token[] = []
  let pipeline: ShellCommand[] = []
  let pipelines = 0
  let last = ''

  for (let t = 0; t <= tokens.length; t++) {
    const token = tokens[t]
    if (token && !token.operator) {
      words.push(token)
      continue
    }
    if (words.length === 0) {
      // Only a `;` may end the script without a command after it.
      if (!token && last === ';') break

      return undefined
    }

    const command = commandOf(words, pipeline.slice())
    if (!command) return undefined
    commands.push(command)
    pipeline.push(command)
    words = []
    last = token?.text ?? ''
    if (last === '|') {
      hasPipe = true
      continue
    }

    // tree-sitter-bash nests `a | b | c && d` as `a | (b | c && d)`, so
    // `d` is fed by `a`: a shape this path leaves to the real parser.
    const andOr = last === '&&' || last === '||'
    if (pipelines === 0 && pipeline.length >= 3 && andOr) return undefined
    pipelines = andOr ? pipelines + 1 : 0
    pipeline = []
  }

  return { commands, hasPipe }
}

// One simple command: leading assignments, then the program and its words.
function commandOf(
  words: readonly Token[],
  upstream: readonly ShellCommand[]
): ShellCommand | undefined {
  let k = 0
  const assignments: string[] = []
  while (k < words.length && ASSIGNMENT.test(words[k]?.text ?? '')) {
    const assignment = words[k]?.text ?? ''
    if (!PLAIN_ASSIGNMENT.test(assignment)) return undefined
    assignments.push(assignment)
    k++
  }
  const program = words[k]
  // Assignments alone make no command node in tree-sitter's tree.
  if (!program) return undefined
  const name = k > 0 ? PROGRAM_AFTER_ASSIGNMENT : PROGRAM
  if (!name.test(program.text) || RESERVED.has(program.text)) return undefined

  const argv: string[] = []
  for (let w = k; w < words.length; w++) {
    const word = words[w]?.text ?? ''
    if (OPERATOR_LIKE.test(word)) return undefined
    argv.push(word)
  }
  // The script of `sh -c script` is parsed in turn, by the real parser.
  if (shellCFlag(argv) >= 0) return undefined

  return {
    argv,
    assignments,
    line: program.line,
    column: program.column,
    upstream,
    substituted: [],
    inSubstitution: false,
    viaShellC: false
  }
}
