import type { YEntry, YMap, YNode, YSeq } from './model.js'
import { plain } from './query.js'
import { parseVolume } from './volumes.js'

/** Service keys whose override replaces the list instead of extending it. */
const REPLACED = new Set(['command', 'entrypoint', 'healthcheck.test'])

/**
 * Merges an override node onto a base node the way `docker compose -f a
 * -f b` does: mappings key by key, scalars and commands replaced, other
 * lists appended without duplicates (volumes, secrets and configs keyed by
 * their target), and the `!reset` / `!override` tags honoured.
 *
 * `path` is the key path from the top of the file, for the list rules.
 */
export function mergeNodes(
  base: YNode,
  override: YNode,
  path: readonly string[]
): YNode {
  if (override.tag === '!override') return override
  if (base.kind === 'map' && override.kind === 'map')
    return mergeMaps(base, override, path)
  if (base.kind === 'seq' && override.kind === 'seq') {
    const within = serviceKey(path)
    if (within !== undefined && REPLACED.has(within)) return override

    return mergeLists(base, override, identityFor(within))
  }

  return override
}

/** Merges two mappings; the base's key places are kept for shared keys. */
export function mergeMaps(
  base: YMap,
  override: YMap,
  path: readonly string[]
): YMap {
  const entries = new Map<string, YEntry>(base.entries)
  for (const [key, entry] of override.entries) {
    if (entry.value.tag === '!reset') {
      entries.delete(key)
      continue
    }
    const existing = entries.get(key)
    const value = existing
      ? mergeNodes(existing.value, entry.value, [...path, key])
      : entry.value
    entries.set(key, { keyPlace: existing?.keyPlace ?? entry.keyPlace, value })
  }

  return { kind: 'map', entries, place: base.place }
}

function mergeLists(
  base: YSeq,
  override: YSeq,
  identity: (item: YNode) => string
): YSeq {
  const byIdentity = new Map<string, YNode>()
  for (const item of [...base.items, ...override.items])
    byIdentity.set(identity(item), item)

  return { kind: 'seq', items: [...byIdentity.values()], place: base.place }
}

// The key path inside a service (`volumes`, `healthcheck.test`), if any.
function serviceKey(path: readonly string[]): string | undefined {
  return path[0] === 'services' && path.length > 2
    ? path.slice(2).join('.')
    : undefined
}

function identityFor(key: string | undefined): (item: YNode) => string {
  const whole = (item: YNode) => JSON.stringify(plain(item))
  switch (key) {
    case 'volumes':
      return (item) => parseVolume(item)?.target ?? whole(item)
    case 'secrets':
    case 'configs':
      return (item) => {
        const value = plain(item)
        if (typeof value === 'string') return value
        const long = value as { target?: unknown; source?: unknown }

        return String(long.target ?? long.source ?? whole(item))
      }
    default:
      return whole
  }
}
