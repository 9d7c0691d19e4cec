/** The name/value pairs of ENV, ARG and LABEL instructions. */
import type { Instruction } from '../model.js'

/** One `name=value` (or legacy `ENV name value`) pair. */
export interface Pair {
  readonly name: string
  /** Undefined for `ARG NAME` without a default. */
  readonly value?: string
}

// Docker's quotes around a value are not part of it.
function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/s.exec(value)

  return quoted ? (quoted[2] ?? '') : value
}

/** The pairs an ENV, ARG or LABEL instruction sets. */
export function pairsOf(instruction: Instruction): Pair[] {
  const args = instruction.args
  const first = args[0] ?? ''
  if (
    instruction.keyword === 'ENV' &&
    !first.includes('=') &&
    args.length > 1
  ) {
    return [{ name: first, value: unquote(args.slice(1).join(' ')) }]
  }

  return args.map((arg) => {
    const eq = arg.indexOf('=')
    if (eq < 0) return { name: arg }

    return { name: arg.slice(0, eq), value: unquote(arg.slice(eq + 1)) }
  })
}
