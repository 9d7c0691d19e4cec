/** Ports in EXPOSE instructions. */

/** One `port[/proto]` or `from-to[/proto]` item, parsed. */
export interface ExposedPort {
  readonly text: string
  readonly from?: number
  readonly to?: number
  readonly valid: boolean
}

/** Parses an EXPOSE argument; variables are taken as valid and unknown. */
export function parsePort(text: string): ExposedPort {
  if (text.includes('$')) return { text, valid: true }
  const match = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(text)
  if (!match) return { text, valid: false }

  const from = Number(match[1])
  const to = match[2] === undefined ? from : Number(match[2])
  const valid = from >= 0 && to <= 65535 && from <= to

  return { text, from, to, valid }
}
