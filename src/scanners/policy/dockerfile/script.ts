/**
 * The shell script a RUN instruction runs, cut out of the Dockerfile so
 * that the shell parser's lines map back to the file's lines.
 */
import type { Argument, Instruction as AstInstruction } from 'dockerfile-ast'
import type { Instruction } from './model.js'
import { parseShell, type ShellScript } from './shell.js'

/** A RUN's parsed script and where its first line sits in the file. */
export interface RunScript {
  readonly shell: ShellScript
  /** The Dockerfile line of the script's line 1. */
  readonly line: number
}

interface Heredoc {
  getContentRange(): { start: { line: number }; end: { line: number } } | null
}

/** Parses the script of a RUN (shell form, exec form or heredoc). */
export function scriptOf(
  node: AstInstruction,
  first: Argument | undefined,
  instruction: Instruction,
  lines: readonly string[],
  escape: string
): RunScript | undefined {
  if (instruction.keyword !== 'RUN') return undefined

  if (instruction.json) {
    const quoted = instruction.json.map(
      (w) => `'${w.replaceAll("'", `'\\''`)}'`
    )

    return { shell: parseShell(quoted.join(' ')), line: instruction.line }
  }

  if (!first) return { shell: parseShell(''), line: instruction.line }

  if (first.getValue().startsWith('<<')) {
    const heredoc = heredocOf(node, lines)
    if (heredoc) return heredoc
  }

  const start = first.getRange().start
  const end = instruction.endLine - 1
  const body: string[] = []
  for (let i = start.line; i <= end; i++) {
    const raw = lines[i] ?? ''
    const text = i === start.line ? raw.slice(start.character) : raw
    body.push(continuationSafe(text, i > start.line, escape))
  }

  return { shell: parseShell(body.join('\n')), line: start.line + 1 }
}

// Docker drops comment and blank lines inside a continuation before the
// shell sees the text; a lone backslash keeps the line count and the join.
function continuationSafe(
  text: string,
  inside: boolean,
  escape: string
): string {
  const trimmed = text.trim()
  if (inside && (trimmed === '' || trimmed.startsWith('#'))) return '\\'
  if (escape !== '\\' && text.trimEnd().endsWith(escape)) {
    return text.trimEnd().slice(0, -1) + '\\'
  }

  return text
}

// `RUN <<EOF ... EOF`: the heredoc's body is the script.
function heredocOf(
  node: AstInstruction,
  lines: readonly string[]
): RunScript | undefined {
  const withHeredocs = node as unknown as { getHeredocs?: () => Heredoc[] }
  const range = withHeredocs.getHeredocs?.()[0]?.getContentRange()
  if (!range) return undefined

  const body = lines.slice(range.start.line, range.end.line + 1).join('\n')

  return { shell: parseShell(body), line: range.start.line + 1 }
}
