/** One image a Dockerfile's FROM line names. */
export interface FromRef {
  /** The image reference, with build arguments' defaults filled in. */
  readonly ref: string
  /** 1-based line of the FROM instruction. */
  readonly line: number
}

interface Instruction {
  readonly keyword: string
  readonly args: string
  readonly line: number
}

/**
 * Every external image named in the FROM lines of a Dockerfile, in order:
 * not `scratch`, not an earlier stage, and not a reference that still holds
 * a build argument without a default (it cannot be verified before build).
 */
export function extractFromRefs(text: string): FromRef[] {
  const defaults = new Map<string, string>()
  const stages = new Set<string>()
  const refs: FromRef[] = []
  let seenFrom = false

  for (const { keyword, args, line } of instructions(text)) {
    if (keyword === 'ARG' && !seenFrom) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/.exec(args.trim())
      if (m?.[1] && m[2] !== undefined) defaults.set(m[1], unquote(m[2]))
      continue
    }
    if (keyword !== 'FROM') continue

    seenFrom = true
    const words = args.split(/\s+/).filter((w) => w && !w.startsWith('--'))
    const image = substitute(words[0] ?? '', defaults)
    const alias = words[1]?.toUpperCase() === 'AS' ? words[2] : undefined
    const external =
      image !== '' &&
      !image.includes('$') &&
      image.toLowerCase() !== 'scratch' &&
      !stages.has(image.toLowerCase())
    if (alias) stages.add(alias.toLowerCase())
    if (external) refs.push({ ref: image, line })
  }

  return refs
}

// Joins continuation lines and drops comments, keeping each instruction's
// first line number.
function* instructions(text: string): Generator<Instruction> {
  const lines = text.split(/\r?\n/)
  const escape = /^#\s*escape\s*=\s*`/i.test(lines[0] ?? '') ? '`' : '\\'
  let buffer = ''
  let start = 0

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? ''
    const trimmed = raw.trim()
    if (!buffer && (trimmed === '' || trimmed.startsWith('#'))) continue
    if (buffer && trimmed.startsWith('#')) continue
    if (!buffer) start = i + 1

    if (trimmed.endsWith(escape)) {
      buffer += trimmed.slice(0, -1) + ' '
      continue
    }
    buffer += trimmed
    const m = /^(\w+)\s*(.*)$/s.exec(buffer)
    buffer = ''
    if (m?.[1])
      yield { keyword: m[1].toUpperCase(), args: m[2] ?? '', line: start }
  }
}

function substitute(value: string, defaults: Map<string, string>): string {
  return value.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (whole, braced?: string, fallback?: string, bare?: string) => {
      const name = braced ?? bare ?? ''

      return defaults.get(name) ?? fallback ?? whole
    }
  )
}

function unquote(value: string): string {
  const v = value.trim()

  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v
}
