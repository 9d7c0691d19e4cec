import type { Region } from '../../../findings/index.js'

/** Where a YAML key or value sits: a repository-relative file and region. */
export interface Place {
  readonly path: string
  readonly region: Region
}

/** A scalar with the place that set it. */
export interface YScalar {
  readonly kind: 'scalar'
  readonly value: string | number | boolean | null
  readonly place: Place
  /** The YAML tag, when one was written (`!reset`, `!override`). */
  readonly tag?: string
}

/** One key of a mapping: where the key is written and its value. */
export interface YEntry {
  readonly keyPlace: Place
  readonly value: YNode
}

/** A mapping with places for every key; merge keys already applied. */
export interface YMap {
  readonly kind: 'map'
  readonly entries: ReadonlyMap<string, YEntry>
  readonly place: Place
  readonly tag?: string
}

/** A sequence with places for every item. */
export interface YSeq {
  readonly kind: 'seq'
  readonly items: readonly YNode[]
  readonly place: Place
  readonly tag?: string
}

/**
 * A YAML value that remembers where it was written, so that a finding can
 * point at the file and line that set it, even across merged files.
 */
export type YNode = YScalar | YMap | YSeq

/** One service of a Compose project after overrides and `extends`. */
export interface ComposeService {
  readonly name: string
  /** Where the service's name key is written (in the first file). */
  readonly namePlace: Place
  readonly node: YMap
}

/**
 * One Compose project: the files `docker compose` would merge, the merged
 * top level and its services.
 */
export interface ComposeProject {
  /** Repository-relative paths, base file first. */
  readonly files: readonly string[]
  readonly root: YMap
  readonly services: readonly ComposeService[]
}
