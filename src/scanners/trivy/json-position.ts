/** A 1-based line and column in a text. */
export interface TextPosition {
  readonly line: number
  readonly column: number
}

class SyntaxAt extends Error {
  constructor(readonly offset: number) {
    super('syntax error')
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const LITERALS = ['true', 'false', 'null'] as const
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
// Control characters must be escaped inside JSON strings, hence the range.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y

/**
 * Where the first JSON syntax error in `text` is, or undefined when the
 * text is valid JSON. `JSON.parse` does not always say where it stopped
 * (V8 often quotes a fragment instead), so this walks the text itself;
 * it only runs after `JSON.parse` has already failed.
 */
export function jsonErrorPosition(text: string): TextPosition | undefined {
  try {
    let at = value(text, skip(text, 0))
    at = skip(text, at)
    if (at < text.length) throw new SyntaxAt(at)

    return undefined
  } catch (error) {
    if (!(error instanceof SyntaxAt)) throw error

    return positionOf(text, error.offset)
  }
}

function positionOf(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')

  return { line, column }
}

function skip(text: string, at: number): number {
  while (at < text.length && WHITESPACE.has(text.charAt(at))) at++

  return at
}

function value(text: string, at: number): number {
  const char = text.charAt(at)
  if (char === '{') return container(text, at, '}', true)
  if (char === '[') return container(text, at, ']', false)
  if (char === '"') return token(text, at, STRING)

  const literal = LITERALS.find((word) => text.startsWith(word, at))
  if (literal) return at + literal.length

  return token(text, at, NUMBER)
}

function token(text: string, at: number, pattern: RegExp): number {
  pattern.lastIndex = at
  if (!pattern.test(text)) throw new SyntaxAt(at)

  return pattern.lastIndex
}

// Objects and arrays share one loop: members separated by commas, each a
// value, preceded in objects by a string key and a colon.
function container(
  text: string,
  start: number,
  close: string,
  keyed: boolean
): number {
  let at = skip(text, start + 1)
  if (text.charAt(at) === close) return at + 1

  for (;;) {
    if (keyed) {
      if (text.charAt(at) !== '"') throw new SyntaxAt(at)
      at = skip(text, token(text, at, STRING))
      if (text.charAt(at) !== ':') throw new SyntaxAt(at)
      at = skip(text, at + 1)
    }
    at = skip(text, value(text, at))

    if (text.charAt(at) === close) return at + 1
    if (text.charAt(at) !== ',') throw new SyntaxAt(at)
    at = skip(text, at + 1)
  }
}
