import {
  type Document,
  type LineCounter,
  type Node,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq
} from 'yaml'

import type { Place, YEntry, YMap, YNode } from './model.js'

/** Deeper than any real Compose file; stops recursion on hostile input. */
const MAX_DEPTH = 64

/** Node conversions allowed per file; bounds alias fan-out. */
const MAX_NODES = 100_000

/**
 * Alias dereferences allowed per file, like `yaml`'s `maxAliasCount`: a
 * "billion laughs" document needs exponentially many.
 */
const MAX_ALIAS_COUNT = 1_000

/** Thrown when a document is too deep or expands too far to convert. */
export class YamlLimitError extends Error {
  override readonly name = 'YamlLimitError'
}

/**
 * Converts a parsed YAML document into position-carrying nodes, resolving
 * aliases and `<<` merge keys so that rules see the values Compose sees
 * while findings still point at the text that set them.
 */
export function toYNode(
  doc: Document,
  lines: LineCounter,
  path: string
): YNode | undefined {
  let budget = MAX_NODES
  let aliases = MAX_ALIAS_COUNT

  const placeOf = (range: readonly number[] | null | undefined): Place => {
    const [start = 0, end = start] = range ?? []
    const from = lines.linePos(start)
    const to = lines.linePos(end)

    return {
      path,
      region: {
        startLine: from.line,
        startColumn: from.col,
        endLine: to.line,
        endColumn: to.col
      }
    }
  }

  const convert = (node: unknown, depth: number): YNode | undefined => {
    if (--budget < 0) throw new YamlLimitError(`more than ${MAX_NODES} nodes`)
    if (depth > MAX_DEPTH)
      throw new YamlLimitError(`nesting deeper than ${MAX_DEPTH} levels`)
    if (isAlias(node)) {
      if (--aliases < 0)
        throw new YamlLimitError(
          `more than ${MAX_ALIAS_COUNT} alias uses (an alias bomb?)`
        )

      return convert(node.resolve(doc), depth + 1)
    }

    const tag = (node as Node | null)?.tag
    const withTag = tag ? { tag } : {}
    if (isScalar(node)) {
      const value = node.value
      const plain =
        value === null ||
        typeof value === 'string' ||
        typeof value === 'number' ||
        typeof value === 'boolean'
          ? value
          : String(value)

      return {
        kind: 'scalar',
        value: plain,
        place: placeOf(node.range),
        ...withTag
      }
    }
    if (isSeq(node)) {
      const items = node.items
        .map((item) => convert(item, depth + 1))
        .filter((item): item is YNode => item !== undefined)

      return { kind: 'seq', items, place: placeOf(node.range), ...withTag }
    }
    if (isMap(node)) return convertMap(node.items, node.range, depth, withTag)

    return undefined
  }

  const convertMap = (
    pairs: readonly unknown[],
    range: readonly number[] | null | undefined,
    depth: number,
    withTag: { tag?: string }
  ): YMap => {
    const own = new Map<string, YEntry>()
    const merged: YMap[] = []
    for (const pair of pairs) {
      if (!isPair(pair)) continue
      const key = pair.key
      const keyValue = isScalar(key) ? key.value : key
      if (typeof keyValue === 'symbol' || keyValue === '<<') {
        merged.push(...mergeSources(pair.value, depth))
        continue
      }
      const value = convert(pair.value, depth + 1) ?? nullAt(pair, key)
      const keyPlace = placeOf((key as Node | null)?.range)
      own.set(String(keyValue), { keyPlace, value })
    }

    // Explicit keys win over merged ones, and earlier merge sources win
    // over later ones, as the YAML 1.1 merge key type defines.
    const entries = new Map<string, YEntry>()
    for (const source of merged.reverse())
      for (const [k, v] of source.entries) entries.set(k, v)
    for (const [k, v] of own) entries.set(k, v)

    return { kind: 'map', entries, place: placeOf(range), ...withTag }
  }

  const mergeSources = (value: unknown, depth: number): YMap[] => {
    const node = convert(value, depth + 1)
    if (node?.kind === 'map') return [node]
    if (node?.kind === 'seq')
      return node.items.filter((item): item is YMap => item.kind === 'map')

    return []
  }

  const nullAt = (pair: { value: unknown }, key: unknown): YNode => ({
    kind: 'scalar',
    value: null,
    place: placeOf(
      (pair.value as Node | null)?.range ?? (key as Node | null)?.range
    )
  })

  return convert(doc.contents, 0)
}
