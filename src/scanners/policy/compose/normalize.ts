import type { YEntry, YMap, YNode } from './model.js'

/** Service keys Compose accepts as either `KEY=value` lists or mappings. */
const LIST_OR_MAP: Readonly<Record<string, string>> = {
  environment: '=',
  labels: '=',
  annotations: '=',
  sysctls: '=',
  extra_hosts: ':'
}

/**
 * Rewrites the list forms of `environment`, `labels` and the like into
 * mappings, so that merging and rules see one shape. Each entry keeps the
 * place of the list item it came from.
 */
export function normalizeService(service: YMap): YMap {
  let changed = false
  const entries = new Map(service.entries)
  for (const [key, separator] of Object.entries(LIST_OR_MAP)) {
    const entry = entries.get(key)
    if (entry?.value.kind !== 'seq') continue
    entries.set(key, { ...entry, value: listToMap(entry.value, separator) })
    changed = true
  }

  return changed ? { ...service, entries } : service
}

function listToMap(seq: YNode & { kind: 'seq' }, separator: string): YMap {
  const entries = new Map<string, YEntry>()
  for (const item of seq.items) {
    if (item.kind !== 'scalar' || item.value === null) continue
    const text = String(item.value)
    const at = text.indexOf(separator)
    const key = at < 0 ? text : text.slice(0, at)
    const value = at < 0 ? null : text.slice(at + 1)
    entries.set(key.trim(), {
      keyPlace: item.place,
      value: { kind: 'scalar', value, place: item.place }
    })
  }

  return { kind: 'map', entries, place: seq.place }
}
