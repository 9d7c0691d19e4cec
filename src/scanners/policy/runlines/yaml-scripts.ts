import {
  type Node,
  type Scalar,
  isScalar,
  isSeq,
  parseDocument,
  visit
} from 'yaml'

import type { ShellPiece } from './piece.js'
import { lineOf, lineStarts } from './piece.js'

// Keys whose values CI runs as shell: GitHub's `run`, GitLab's `script`,
// `before_script` and `after_script`.
const SCRIPT_KEYS = new Set(['run', 'script', 'before_script', 'after_script'])

/**
 * The shell scripts of a GitHub workflow or GitLab CI file: each `run:` or
 * `script:` value (or item of a `script:` list) as its own piece, read as
 * YAML reads it. Everything else in the file is not shell.
 */
export function yamlScripts(text: string): ShellPiece[] {
  const document = parseDocument(text, { uniqueKeys: false })
  const starts = lineStarts(text)
  const pieces: ShellPiece[] = []
  visit(document, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !SCRIPT_KEYS.has(String(pair.key.value)))
        return
      for (const scalar of scalarsIn(pair.value as Node | null))
        pieces.push(withExpressionsHidden(pieceOf(scalar, text, starts)))
    }
  })

  return pieces
}

function scalarsIn(node: Node | null): Scalar[] {
  if (isScalar(node) && typeof node.value === 'string' && node.range)
    return [node]
  if (isSeq(node)) return node.items.flatMap((i) => scalarsIn(i as Node))

  return []
}

function pieceOf(
  scalar: Scalar,
  text: string,
  starts: readonly number[]
): ShellPiece {
  const value = String(scalar.value)
  const start = scalar.range?.[0] ?? 0
  const lines = value.split('\n').length
  if (scalar.type === 'BLOCK_LITERAL') {
    return {
      text: value,
      lineOffsets: literalLines(text, starts, start, lines)
    }
  }
  const quoted =
    scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE'
  // Known limitation: in folded (`>`) and multi-line quoted or plain
  // scalars YAML joins lines, so findings inside them point at the
  // scalar's first line and their columns are approximate.
  const first =
    scalar.type === 'BLOCK_FOLDED'
      ? (literalLines(text, starts, start, 1)[0] ?? start)
      : start + (quoted ? 1 : 0)

  return {
    text: value,
    lineOffsets: Array.from({ length: lines }, () => first)
  }
}

// A literal block keeps its lines: line i of the value is line i after the
// `|` header, without the block's indentation.
function literalLines(
  text: string,
  starts: readonly number[],
  header: number,
  count: number
): number[] {
  const headerLine = lineOf(starts, header)
  const lines = Array.from(
    { length: count },
    (_, i) => starts[headerLine + 1 + i] ?? text.length
  )
  // YAML fixes a block's indentation by its first line that is not blank.
  const first = lines
    .map((at) => /^( *)([^ \r\n]?)/.exec(text.slice(at, at + 400)))
    .find((m) => m?.[2])
  const width = first?.[1]?.length ?? 0

  return lines.map((at) => {
    const spaces = /^ */.exec(text.slice(at, at + width))?.[0].length ?? 0

    return at + Math.min(spaces, width)
  })
}

// `${{ env.IMAGE }}` is not shell; each becomes a variable of the same
// length (`${_e0______}`) so columns hold, and is put back in words.
function withExpressionsHidden(piece: ShellPiece): ShellPiece {
  const restore = new Map<string, string>()
  const text = piece.text.replace(/\$\{\{[^}\n]*\}\}/g, (expression) => {
    const name = `_e${restore.size}`
    if (name.length + 3 > expression.length) return expression
    const placeholder = `\${${name.padEnd(expression.length - 3, '_')}}`
    restore.set(placeholder, expression)

    return placeholder
  })

  return restore.size > 0 ? { ...piece, text, restore } : piece
}
