/**
 * Finds container engine commands in shell with the parser the Dockerfile
 * checks use (tree-sitter-bash): only words in command position count, so
 * `docker run` inside quotes, comments or a heredoc's text is not a
 * command, while the scripts of `sh -c '...'` and of `sh <<EOF` are read
 * as shell in turn.
 */
import type { Node } from 'web-tree-sitter'

import { bashParser } from '../dockerfile/shell-parser.js'
import { isShell, stripPrefixes } from '../dockerfile/shell.js'
import { engineCall } from './engine.js'
import { type ShellPiece, fileOffset, lineStarts } from './piece.js'
import { unquote } from './unquote.js'

/** One word of a found command: its value and its extent in the file. */
export interface FoundWord {
  readonly text: string
  readonly start: number
  readonly end: number
}

/** A `run` or `service create` of docker, podman or nerdctl. */
export interface FoundCommand {
  /** The engine as written: `docker`, `podman`, `$(DOCKER)`. */
  readonly engine: FoundWord
  readonly kind: 'run' | 'service'
  /** The words after the subcommand, up to the command's end. */
  readonly args: readonly FoundWord[]
}

// `sh -c "sh -c '...'"` nests; three levels is more than scripts use.
const MAX_NESTING = 3

// Text that may name an engine; a piece without it is not parsed at all.
const MENTION = /docker|podman|nerdctl|\$[({]?\w*(?:engine|runtime|cli)\b/i

/** Every engine command of `piece`, in the order they are written. */
export function engineCommands(piece: ShellPiece, depth = 0): FoundCommand[] {
  if (!MENTION.test(piece.text)) return []
  const tree = bashParser.parse(piece.text)
  if (!tree) return []
  const starts = lineStarts(piece.text)
  const word = (node: Node): FoundWord => ({
    text: restored(piece, unquote(node.text)),
    start: fileOffset(piece, starts, node.startIndex),
    end: fileOffset(piece, starts, node.endIndex)
  })
  const found: FoundCommand[] = []
  try {
    // Commands in substitutions and subshells are commands too; the
    // search is iterative, so long `&&` chains cannot overflow the stack.
    for (const node of tree.rootNode.descendantsOfType('command')) {
      if (!node) continue
      const words = commandWords(node)
      const call = engineCall(words.map((w) => unquote(w.text)))
      if (call) {
        found.push({
          engine: word(words[call.engine] as Node),
          kind: call.kind,
          args: words.slice(call.args).map(word)
        })
      } else if (depth < MAX_NESTING) {
        for (const inner of innerScripts(node, words, piece, starts))
          found.push(...engineCommands(inner, depth + 1))
      }
    }
  } finally {
    tree.delete()
  }

  return found.sort((a, b) => a.engine.start - b.engine.start)
}

// The name and arguments of a command, without assignments and redirects.
function commandWords(node: Node): Node[] {
  const name = node.childForFieldName('name')
  const args = node.childrenForFieldName('argument')

  return [name, ...args].filter((n): n is Node => n !== null)
}

// The script of `sh -c '<script>'`, or of `sh <<EOF` (the heredoc's text).
function innerScripts(
  node: Node,
  words: readonly Node[],
  piece: ShellPiece,
  starts: readonly number[]
): ShellPiece[] {
  const argv = words.map((w) => unquote(w.text))
  const run = stripPrefixes(argv)
  if (!isShell(run[0] ?? '')) return []

  const skipped = argv.length - run.length
  const flag = run.findIndex((a, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(a))
  if (flag >= 0) {
    const script = words[skipped + flag + 1]
    if (!script || !['raw_string', 'string', 'word'].includes(script.type))
      return []
    const quoted = script.type === 'word' ? 0 : 1

    return [
      subPiece(piece, starts, script.startIndex + quoted, innerText(script))
    ]
  }

  const redirect =
    node.parent?.type === 'redirected_statement' ? node.parent : null
  const bodies = (redirect?.namedChildren ?? [])
    .filter((c) => c?.type === 'heredoc_redirect')
    .map((c) => c?.namedChildren.find((b) => b?.type === 'heredoc_body'))

  return bodies
    .filter((b): b is Node => b !== null && b !== undefined)
    .map((b) => subPiece(piece, starts, b.startIndex, b.text))
}

// What the shell hands to `sh -c`: a single-quoted word as written, a
// double-quoted one with its escapes resolved.
function innerText(script: Node): string {
  if (script.type === 'raw_string') return script.text.slice(1, -1)

  return unquote(script.text)
}

// `text`, found at `offset` of `piece`; its lines map back through `piece`.
// Known limitation: escapes resolved in a double-quoted `sh -c` script
// shift the columns of the words after them on that line.
function subPiece(
  piece: ShellPiece,
  starts: readonly number[],
  offset: number,
  text: string
): ShellPiece {
  const inner = lineStarts(text)

  return {
    text,
    lineOffsets: inner.map((at) => fileOffset(piece, starts, offset + at)),
    ...(piece.restore ? { restore: piece.restore } : {})
  }
}

// Puts back the CI expressions hidden by placeholders (see yaml-scripts.ts).
function restored(piece: ShellPiece, text: string): string {
  if (!piece.restore) return text
  let out = text
  for (const [placeholder, original] of piece.restore)
    out = out.replaceAll(placeholder, original)

  return out
}
