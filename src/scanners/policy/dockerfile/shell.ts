/**
 * RUN bodies read with a real shell parser: mvdan-sh (the Go `mvdan/sh`
 * parser compiled to JavaScript). It was chosen by measurement over the
 * npm candidates on six typical RUN bodies: mvdan-sh parsed one in about
 * 69 µs, synchronously; web-tree-sitter with tree-sitter-bash took 77 µs
 * and needs an asynchronous WebAssembly start; sh-syntax (mvdan/sh as
 * WebAssembly) took 14 ms because every call crosses into WebAssembly
 * asynchronously; bash-parser could not parse `bash <(wget ...)` at all.
 */
import mvdan, { type ShNode } from 'mvdan-sh'

const { syntax } = mvdan
const parser = syntax.NewParser()

// BinaryCmd operators in mvdan/sh's token table.
const OP_PIPE = 12
const OP_PIPE_ALL = 13
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh'])
const MAX_NESTING = 3

/** One simple command of a script, e.g. `apt-get install -y curl`. */
export interface ShellCommand {
  /** Its words; parts that are not literal keep their shell spelling. */
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
}

/** A parsed script: every command in source order. */
export interface ShellScript {
  readonly commands: readonly ShellCommand[]
  /** True when a pipeline appears anywhere. */
  readonly hasPipe: boolean
  /** The parser's message when the text is not valid shell. */
  readonly error?: string
}

interface Walk {
  readonly commands: ShellCommand[]
  hasPipe: boolean
  readonly depth: number
}

/** Parses `text` as Bash. Never throws: bad syntax is in `error`. */
export function parseShell(text: string, depth = 0): ShellScript {
  let file: ShNode
  try {
    file = parser.Parse(text, '')
  } catch (error) {
    const message = (error as { Error?: () => string }).Error?.()

    return { commands: [], hasPipe: false, error: message ?? String(error) }
  }

  const walk: Walk = { commands: [], hasPipe: false, depth }
  collect(file, walk, false, [])

  return { commands: walk.commands, hasPipe: walk.hasPipe }
}

// Finds every CallExpr under `node`, in order, with pipeline inputs.
function collect(
  node: ShNode,
  walk: Walk,
  inSubstitution: boolean,
  upstream: readonly ShellCommand[]
): ShellCommand[] {
  const found: ShellCommand[] = []
  // GopherJS hands the callback a new wrapper, so the root is told apart
  // by order, not identity.
  let atRoot = true

  syntax.Walk(node, (n) => {
    if (!n) return true
    const type = syntax.NodeType(n)
    const isRoot = atRoot
    atRoot = false

    if (type === 'BinaryCmd' && (n.Op === OP_PIPE || n.Op === OP_PIPE_ALL)) {
      walk.hasPipe = true
      const left = collect(n.X, walk, inSubstitution, upstream)
      found.push(...left)
      found.push(...collect(n.Y, walk, inSubstitution, [...upstream, ...left]))

      return false
    }
    if (type === 'Stmt' && n.Cmd && syntax.NodeType(n.Cmd) === 'CallExpr') {
      found.push(
        ...callOf(n.Cmd, n.Redirs ?? [], walk, inSubstitution, upstream)
      )

      return false
    }
    if ((type === 'CmdSubst' || type === 'ProcSubst') && !isRoot) {
      found.push(...collect(n, walk, true, []))

      return false
    }

    return true
  })

  return found
}

// One command plus the commands hidden in its words and redirections.
function callOf(
  call: ShNode,
  redirs: readonly ShNode[],
  walk: Walk,
  inSubstitution: boolean,
  upstream: readonly ShellCommand[]
): ShellCommand[] {
  const args: ShNode[] = call.Args ?? []
  const argv = args.map(wordText)
  const pos = (args[0] ?? call).Pos()
  const command: { -readonly [K in keyof ShellCommand]: ShellCommand[K] } = {
    argv,
    line: pos.Line(),
    column: pos.Col(),
    upstream,
    substituted: [],
    inSubstitution,
    viaShellC: false
  }
  walk.commands.push(command)

  const inner: ShellCommand[] = []
  const words = [
    ...args,
    ...(call.Assigns ?? []).map((a: ShNode) => a.Value).filter(Boolean),
    ...redirs.map((r) => r.Word).filter(Boolean)
  ]
  for (const word of words) inner.push(...collect(word, walk, true, []))
  command.substituted = inner

  return [command, ...inner, ...shellCScript(command, args, walk)]
}

// `sh -c 'apt-get install x'`: the quoted script is parsed in turn.
function shellCScript(
  command: ShellCommand,
  args: readonly ShNode[],
  walk: Walk
): ShellCommand[] {
  if (walk.depth >= MAX_NESTING) return []
  const argv = stripPrefixes(command.argv)
  const name = baseName(argv[0] ?? '')
  const flag = argv.findIndex((a, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(a))
  if (!SHELLS.has(name) || flag < 0) return []

  const scriptIndex = command.argv.length - argv.length + flag + 1
  const word = args[scriptIndex]
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

// True when a word has no substitution or expansion in it.
function isStatic(word: ShNode): boolean {
  return (word.Parts ?? []).every((p: ShNode) => {
    const type = syntax.NodeType(p)
    if (type === 'DblQuoted') return isStatic(p)

    return type === 'Lit' || type === 'SglQuoted'
  })
}

/** The text of a word: literal parts unquoted, others as spelled. */
function wordText(word: ShNode): string {
  return (word.Parts ?? []).map(partText).join('')
}

function partText(part: ShNode): string {
  switch (syntax.NodeType(part)) {
    case 'Lit':
    case 'SglQuoted':
      return part.Value
    case 'DblQuoted':
      return wordText(part)
    case 'ParamExp':
      return '${' + (part.Param?.Value ?? '') + '}'
    case 'CmdSubst':
      return '$(...)'
    case 'ProcSubst':
      return '<(...)'
    default:
      return '?'
  }
}

/** The program name without its directory: `/usr/bin/curl` is `curl`. */
export function baseName(word: string): string {
  const slash = word.lastIndexOf('/')

  return slash >= 0 ? word.slice(slash + 1) : word
}

const PREFIX_FLAGS_WITH_VALUE = new Set(['-u', '-g', '-C', '-h', '-p', '-U'])

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
        else if (word.startsWith('-')) {
          i += PREFIX_FLAGS_WITH_VALUE.has(word) ? 2 : 1
        } else break
      }
    } else if (['command', 'exec', 'nohup', 'time'].includes(name)) i++
    else break
  }

  return argv.slice(i)
}

/** True when the program is a POSIX-style shell (`sh`, `bash`...). */
export function isShell(name: string): boolean {
  return SHELLS.has(baseName(name))
}
