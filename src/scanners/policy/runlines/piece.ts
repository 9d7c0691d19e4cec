/**
 * A stretch of shell taken from a file: a whole script, the recipes of a
 * Makefile or one `run:` block of a CI file, with the way back from each
 * of its characters to the file.
 */
export interface ShellPiece {
  /** The shell text as the shell would read it. */
  readonly text: string
  /** Offset in the file of the start of each line of `text`. */
  readonly lineOffsets: readonly number[]
  /** Text of placeholders put in `text`, to restore in words. */
  readonly restore?: ReadonlyMap<string, string>
}

/** Offsets at which each line of `text` starts. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)

  return starts
}

/** Index into `starts` of the line holding `offset` (binary search). */
export function lineOf(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((starts[mid] ?? 0) <= offset) low = mid
    else high = mid - 1
  }

  return low
}

/** A piece that is the file itself, offsets unchanged. */
export function wholeFile(text: string): ShellPiece {
  return { text, lineOffsets: lineStarts(text) }
}

/** Maps `offset` in `piece.text` (whose line starts are `starts`) to the file. */
export function fileOffset(
  piece: ShellPiece,
  starts: readonly number[],
  offset: number
): number {
  const line = lineOf(starts, offset)

  return (piece.lineOffsets[line] ?? 0) + offset - (starts[line] ?? 0)
}
