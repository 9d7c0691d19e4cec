/** A `WWW-Authenticate` challenge: its scheme and parameters. */
export interface Challenge {
  /** Lower case: `bearer`, `basic`. */
  readonly scheme: string
  readonly params: Readonly<Record<string, string>>
}

/**
 * Reads one `WWW-Authenticate` header value, e.g.
 * `Bearer realm="https://auth.example/token",service="reg",scope="x"`.
 */
export function parseChallenge(header: string): Challenge | undefined {
  const m = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(header)
  if (!m?.[1]) return undefined

  const params: Record<string, string> = {}
  const pair = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g
  for (const p of (m[2] ?? '').matchAll(pair)) {
    if (p[1])
      params[p[1].toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1')
  }

  return { scheme: m[1].toLowerCase(), params }
}
