import type { Place } from '../compose/model.js'

/** One shell word with the place it starts at. */
export interface Word {
  /** The word with quotes removed. */
  readonly text: string
  readonly place: Place
}

/** A `docker run` or `docker service create` command found in a file. */
export interface DockerCommand {
  readonly kind: 'run' | 'service'
  /** The `docker` word: where a finding about a missing flag points. */
  readonly docker: Word
  /** The words after `run` / `service create`, up to the command's end. */
  readonly args: readonly Word[]
}

// Known limitation: the engine must be spelt `docker`; `$(DOCKER) run` in a
// Makefile, `podman run` and `nerdctl run` are not recognised.
const COMMAND =
  /\bdocker\s+(?:container\s+run|run|service\s+create)\b(?=\s|$|\\)/g

// Characters that end a simple command in sh.
const ENDS = new Set([';', '&', '|', '\n', ')', '`'])

/**
 * Finds docker commands in a shell script, Makefile or CI file: joins
 * backslash continuations, splits words the way sh quotes them (without
 * expanding variables) and stops at `;`, `&&`, `|` or the line's end.
 * Lines that are comments are skipped.
 */
export function extractCommands(text: string, path: string): DockerCommand[] {
  const commands: DockerCommand[] = []
  const starts = lineStarts(text)
  for (const match of text.matchAll(COMMAND)) {
    const offset = match.index
    const line = lineOf(starts, offset)
    const before = text.slice(starts[line] ?? 0, offset)
    if (before.includes('#')) continue

    const words = wordsFrom(text, offset, starts, path)
    const [docker, ...rest] = words
    if (!docker) continue
    const service = rest[0]?.text === 'service'
    const skip = service || rest[0]?.text === 'container' ? 2 : 1
    commands.push({
      kind: service ? 'service' : 'run',
      docker,
      args: rest.slice(skip)
    })
  }

  return commands
}

function wordsFrom(
  text: string,
  from: number,
  starts: readonly number[],
  path: string
): Word[] {
  const words: Word[] = []
  let at = from
  while (at < text.length) {
    const ch = text[at] ?? ''
    if (ch === '\\' && text[at + 1] === '\n') {
      at += 2
      continue
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      at++
      continue
    }
    if (ENDS.has(ch) || (ch === '#' && /\s/.test(text[at - 1] ?? ' '))) break

    const start = at
    let word = ''
    while (at < text.length) {
      const c = text[at] ?? ''
      if (c === '\\' && text[at + 1] === '\n') break
      if (/\s/.test(c) || ENDS.has(c)) break
      if (c === "'" || c === '"') {
        const close = text.indexOf(c, at + 1)
        const end = close < 0 ? text.length : close
        word += text.slice(at + 1, end)
        at = end + 1
        continue
      }
      if (c === '\\') {
        word += text[at + 1] ?? ''
        at += 2
        continue
      }
      word += c
      at++
    }
    words.push({ text: word, place: placeAt(starts, start, at, path) })
  }

  return words
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)

  return starts
}

// Index into `starts` of the line holding `offset` (binary search).
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((starts[mid] ?? 0) <= offset) low = mid
    else high = mid - 1
  }

  return low
}

function placeAt(
  starts: readonly number[],
  start: number,
  end: number,
  path: string
): Place {
  const line = lineOf(starts, start)
  const endLine = lineOf(starts, end)

  return {
    path,
    region: {
      startLine: line + 1,
      startColumn: start - (starts[line] ?? 0) + 1,
      endLine: endLine + 1,
      endColumn: end - (starts[endLine] ?? 0) + 1
    }
  }
}
