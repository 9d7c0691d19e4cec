import path from 'node:path'

import type { Place } from '../compose/model.js'
import { makefileShell } from './makefile.js'
import { type ShellPiece, lineOf, lineStarts, wholeFile } from './piece.js'
import { type FoundWord, engineCommands } from './shell-walk.js'
import { yamlScripts } from './yaml-scripts.js'

/** One shell word with the place it starts at. */
export interface Word {
  /** The word with quotes removed. */
  readonly text: string
  readonly place: Place
}

/** A `run` or `service create` command of docker, podman or nerdctl. */
export interface DockerCommand {
  readonly kind: 'run' | 'service'
  /** The engine word: where a finding about a missing flag points. */
  readonly docker: Word
  /** The words after `run` / `service create`, up to the command's end. */
  readonly args: readonly Word[]
}

/**
 * Finds container engine commands in a shell script, Makefile or CI file.
 * Each file is first reduced to the shell it runs (a whole script; the
 * recipes and variables of a Makefile; the `run:`/`script:` values of a
 * CI file), which is then parsed as sh parses it: a command ends at an
 * unescaped newline, `;`, `&&`, `|` and the like, and text in quotes,
 * comments or heredocs is not a command.
 */
export function extractCommands(text: string, file: string): DockerCommand[] {
  const starts = lineStarts(text)
  const place = (word: FoundWord): Word => ({
    text: word.text,
    place: placeAt(starts, word.start, word.end, file)
  })

  return shellOf(text, file)
    .flatMap((piece) => engineCommands(piece))
    .map((found) => ({
      kind: found.kind,
      docker: place(found.engine),
      args: found.args.map(place)
    }))
}

function shellOf(text: string, file: string): ShellPiece[] {
  const base = path.posix.basename(file.replaceAll('\\', '/'))
  if (/\.ya?ml$/i.test(base)) return yamlScripts(text)
  if (/\.mk$/i.test(base) || /^(GNU)?makefile$/i.test(base))
    return [makefileShell(text)]

  return [wholeFile(text)]
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
