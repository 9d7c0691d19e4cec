/**
 * The value sh gives one word as written, without expanding anything:
 * quotes are removed, backslash escapes resolved and `\` newline joins
 * dropped. `$VAR`, `${VAR}` and `$(...)` are kept as text.
 */
export function unquote(raw: string): string {
  let out = ''
  let at = 0
  while (at < raw.length) {
    const c = raw[at] ?? ''
    if (c === '\\') {
      // A backslash before a newline joins lines; before anything else it
      // stands for that character.
      if (raw[at + 1] !== '\n') out += raw[at + 1] ?? ''
      at += 2
    } else if (c === "'" || (c === '$' && raw[at + 1] === "'")) {
      const open = c === '$' ? at + 2 : at + 1
      const close = closing(raw, open, "'", c === '$')
      const body = raw.slice(open, close)
      out += c === '$' ? body.replace(/\\(.)/g, '$1') : body
      at = close + 1
    } else if (c === '"') {
      const close = closing(raw, at + 1, '"', true)
      out += raw.slice(at + 1, close).replace(/\\([$`"\\\n])/g, (_, k) => {
        return k === '\n' ? '' : String(k)
      })
      at = close + 1
    } else {
      out += c
      at++
    }
  }

  return out
}

// Index of the quote that closes one opened before `from` (or the end).
function closing(
  raw: string,
  from: number,
  quote: string,
  escapes: boolean
): number {
  for (let i = from; i < raw.length; i++) {
    if (escapes && raw[i] === '\\') i++
    else if (raw[i] === quote) return i
  }

  return raw.length
}
