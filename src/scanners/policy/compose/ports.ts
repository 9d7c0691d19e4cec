import type { Place, YNode } from './model.js'
import { entryAt, textOf } from './query.js'

/** One published port of a service, short or long syntax. */
export interface PortMapping {
  /** The host interface; absent means every interface. */
  readonly hostIp?: string
  /** Host port or range (`8080`, `8000-8010`); absent means a random one. */
  readonly published?: string
  /** Container port or range. */
  readonly target: string
  readonly place: Place
}

/** Reads one `ports` item; undefined for items of no known shape. */
export function parsePort(item: YNode): PortMapping | undefined {
  if (item.kind === 'scalar' && item.value !== null)
    return parseShort(String(item.value), item.place)
  if (item.kind !== 'map') return undefined

  const target = textOf(entryAt(item, 'target')?.value)
  if (target === undefined) return undefined
  let hostIp = textOf(entryAt(item, 'host_ip')?.value)
  let published = textOf(entryAt(item, 'published')?.value)
  // Some files write `published: 127.0.0.1:8080`; read the address too.
  const colon = published?.lastIndexOf(':') ?? -1
  if (published !== undefined && colon >= 0) {
    hostIp ??= published.slice(0, colon)
    published = published.slice(colon + 1) || undefined
  }
  if (published !== undefined && /^\d+(\.\d+){3}$/.test(published)) {
    hostIp ??= published
    published = undefined
  }

  return {
    ...(hostIp ? { hostIp } : {}),
    ...(published ? { published } : {}),
    target,
    place: item.place
  }
}

function parseShort(text: string, place: Place): PortMapping {
  const spec = text.replace(/\/\w+$/, '')
  let hostIp: string | undefined
  let rest = spec
  const bracket = /^\[([^\]]*)\]:(.*)$/.exec(spec)
  if (bracket) {
    hostIp = bracket[1]
    rest = bracket[2] ?? ''
  }

  const parts = rest.split(':')
  if (!bracket && parts.length >= 3) hostIp = parts.shift()
  const target = parts.pop() ?? ''
  const published = parts.pop()

  return {
    ...(hostIp ? { hostIp } : {}),
    ...(published ? { published } : {}),
    target,
    place
  }
}

/** The lowest port of `8000` or `8000-8010`; NaN when not a number. */
export function lowestPort(range: string): number {
  return Number(range.split('-')[0])
}

/** True when the host address is every interface (or unset). */
export function isAllInterfaces(hostIp: string | undefined): boolean {
  return hostIp === undefined || ['0.0.0.0', '::', ''].includes(hostIp)
}
