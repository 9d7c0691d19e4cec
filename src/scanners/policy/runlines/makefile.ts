import type { ShellPiece } from './piece.js'
import { lineStarts } from './piece.js'

// `NAME = value`, `NAME := value`, `export NAME ?= value`...
const ASSIGNMENT =
  /^(\s*(?:export\s+|override\s+)*[\w.-]+\s*(?:::?=|:::=|[?+!]?=)\s*)/

/**
 * The shell a Makefile runs, at the same offsets: recipe lines (a tab
 * first, and the lines they continue) without their `@`, `-` and `+`
 * prefixes, and the values of variables (`RUN = docker run ...` is run
 * as `$(RUN)`). Every other line is blanked, so make's own syntax is never
 * read as a command.
 */
export function makefileShell(text: string): ShellPiece {
  // Known limitation: a recipe written on its rule's line (`all: ; docker
  // run ...`) is not read.
  const lines = text.split('\n')
  let continued = false
  const kept = lines.map((line) => {
    const recipe = continued || line.startsWith('\t')
    const wasContinued = continued
    continued = /(^|[^\\])(\\\\)*\\\r?$/.test(line)
    if (recipe) {
      if (wasContinued) return line

      return line.replace(/^\t[\s@+-]*/, (prefix) => ' '.repeat(prefix.length))
    }
    const assignment = ASSIGNMENT.exec(line)
    if (assignment?.[1])
      return ' '.repeat(assignment[1].length) + line.slice(assignment[1].length)
    continued = false

    return ' '.repeat(line.length)
  })

  return { text: kept.join('\n'), lineOffsets: lineStarts(text) }
}
