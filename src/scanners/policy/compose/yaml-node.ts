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

import type { Region } from '../../../findings/index.js'
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
  const anchors = anchorsOf(doc)
  let budget = MAX_NODES
  let aliases = MAX_ALIAS_COUNT

  const placeOf = (range: readonly number[] | null | undefined): Place =>
    new LazyPlace(path, lines, range?.[0] ?? 0, range?.[1] ?? range?.[0] ?? 0)

  const convert = (node: unknown, depth: number): YNode | undefined => {
    if (--budget < 0) throw new YamlLimitError(`more than ${MAX_NODES} nodes`)
    if (depth > MAX_DEPTH)
      throw new YamlLimitError(`nesting deeper than ${MAX_DEPTH} levels`)
    if (isAlias(node)) {
      if (--aliases < 0)
        throw new YamlLimitError(
          `more than ${MAX_ALIAS_COUNT} alias uses (an alias bomb?)`
        )

      return convert(resolveAlias(anchors, node.source, node.range), depth + 1)
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

// Anchored nodes by name, in document order. `Alias.resolve` walks the
// whole document on every call; one walk per file is enough.
function anchorsOf(doc: Document): Map<string, Node[]> {
  const anchors = new Map<string, Node[]>()
  const walk = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || !node || isAlias(node)) return
    const anchor = (node as Node).anchor
    if (anchor)
      anchors.set(anchor, [...(anchors.get(anchor) ?? []), node as Node])
    if (isMap(node))
      for (const pair of node.items) {
        walk(pair.key, depth + 1)
        walk(pair.value, depth + 1)
      }
    else if (isSeq(node)) for (const item of node.items) walk(item, depth + 1)
  }
  walk(doc.contents, 0)

  return anchors
}

/**
 * A place whose line and column are worked out only when asked: most
 * nodes are never reported, and a file has thousands of them.
 */
class LazyPlace implements Place {
  private cached?: Region

  constructor(
    readonly path: string,
    private readonly lines: LineCounter,
    private readonly start: number,
    private readonly end: number
  ) {}

  get region(): Region {
    if (!this.cached) {
      const from = this.lines.linePos(this.start)
      const to = this.lines.linePos(this.end)
      this.cached = {
        startLine: from.line,
        startColumn: from.col,
        endLine: to.line,
        endColumn: to.col
      }
    }

    return this.cached
  }
}

// The latest definition of the anchor before the alias, as YAML says.
function resolveAlias(
  anchors: ReadonlyMap<string, readonly Node[]>,
  name: string,
  range: readonly number[] | null | undefined
): Node | undefined {
  const at = range?.[0] ?? Number.MAX_SAFE_INTEGER
  const found = (anchors.get(name) ?? []).filter(
    (node) => (node.range?.[0] ?? 0) < at
  )

  return found[found.length - 1]
}
