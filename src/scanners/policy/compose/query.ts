import type { Place, YEntry, YMap, YNode, YScalar } from './model.js'

/** The entry at `keys` under `map`, when every key on the way exists. */
export function entryAt(
  map: YMap,
  ...keys: readonly string[]
): YEntry | undefined {
  let current: YNode = map
  let found: YEntry | undefined
  for (const key of keys) {
    if (current.kind !== 'map') return undefined
    found = current.entries.get(key)
    if (!found) return undefined
    current = found.value
  }

  return found
}

/**
 * Where to point when `keys` is missing: the deepest key on the way that
 * exists, or `fallback` (the service's name) when none does.
 */
export function nearestPlace(
  map: YMap,
  keys: readonly string[],
  fallback: Place
): Place {
  let current: YNode = map
  let place = fallback
  for (const key of keys) {
    if (current.kind !== 'map') break
    const found = current.entries.get(key)
    if (!found) break
    place = found.keyPlace
    current = found.value
  }

  return place
}

// Known limitation: `${VAR}` interpolation is not resolved, so a value such
// as `privileged: ${PRIV:-true}` is judged by its literal text.

/** The text of a scalar (numbers and booleans as written by YAML). */
export function textOf(node: YNode | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined

  return String(node.value)
}

/** True for YAML `true`/`yes`/`on` and the string `"true"`. */
export function isTrue(node: YNode | undefined): boolean {
  if (node?.kind !== 'scalar') return false

  return node.value === true || String(node.value).toLowerCase() === 'true'
}

/** The items of a sequence, or the one scalar written instead of a list. */
export function itemsOf(node: YNode | undefined): readonly YNode[] {
  if (!node) return []
  if (node.kind === 'seq') return node.items

  return node.kind === 'scalar' && node.value !== null ? [node] : []
}

/** Scalar items of a list, with their text. */
export function scalarItems(
  node: YNode | undefined
): readonly { text: string; node: YScalar }[] {
  return itemsOf(node).flatMap((item) =>
    item.kind === 'scalar' && item.value !== null
      ? [{ text: String(item.value), node: item }]
      : []
  )
}

/** The node as plain JavaScript data, places dropped. */
export function plain(node: YNode | undefined): unknown {
  if (!node) return undefined
  switch (node.kind) {
    case 'scalar':
      return node.value
    case 'seq':
      return node.items.map(plain)
    case 'map':
      return Object.fromEntries(
        [...node.entries].map(([key, entry]) => [key, plain(entry.value)])
      )
  }
}
