import type { Place, YNode } from './model.js'
import { entryAt, textOf } from './query.js'

/** One entry of a service's `volumes`, short or long syntax. */
export interface VolumeMount {
  /** `bind` for host paths, `volume` for named or anonymous volumes. */
  readonly type: string
  /** Host path or volume name; absent for anonymous volumes. */
  readonly source?: string
  readonly target?: string
  readonly readOnly: boolean
  /** `shared`, `rshared`, `slave`... from `:shared` or `bind.propagation`. */
  readonly propagation?: string
  /** Where the source is written: the item, or the long syntax `source`. */
  readonly sourcePlace: Place
  readonly itemPlace: Place
}

const PROPAGATIONS = [
  'shared',
  'rshared',
  'slave',
  'rslave',
  'private',
  'rprivate'
]

/** True for sources Compose treats as host paths rather than volume names. */
export function isHostPath(source: string): boolean {
  return /^(\/|\.|~|\$\{?[A-Za-z_]|[A-Za-z]:[\\/])/.test(source)
}

/** Reads one `volumes` item; undefined for items of no known shape. */
export function parseVolume(item: YNode): VolumeMount | undefined {
  if (item.kind === 'scalar' && item.value !== null)
    return parseShort(String(item.value), item.place)
  if (item.kind !== 'map') return undefined

  const source = entryAt(item, 'source')
  const sourceText = textOf(source?.value)
  const type = textOf(entryAt(item, 'type')?.value) ?? 'volume'
  const readOnly = String(textOf(entryAt(item, 'read_only')?.value)) === 'true'

  return {
    type,
    ...(sourceText === undefined ? {} : { source: sourceText }),
    ...optional('target', textOf(entryAt(item, 'target')?.value)),
    ...optional(
      'propagation',
      textOf(entryAt(item, 'bind', 'propagation')?.value)
    ),
    readOnly,
    sourcePlace: source?.value.place ?? item.place,
    itemPlace: item.place
  }
}

function parseShort(text: string, place: Place): VolumeMount {
  const parts = text.split(':')
  // A Windows drive letter (`C:\data:/data`) is one part, not two.
  if (parts.length > 2 && /^[A-Za-z]$/.test(parts[0] ?? ''))
    parts.splice(0, 2, `${parts[0]}:${parts[1]}`)

  if (parts.length === 1)
    return {
      type: 'volume',
      target: text,
      readOnly: false,
      sourcePlace: place,
      itemPlace: place
    }

  const [source = '', target, mode = ''] = parts
  const flags = mode.split(',')
  const propagation = flags.find((flag) => PROPAGATIONS.includes(flag))

  return {
    type: isHostPath(source) ? 'bind' : 'volume',
    source,
    ...optional('target', target),
    ...optional('propagation', propagation),
    readOnly: flags.includes('ro'),
    sourcePlace: place,
    itemPlace: place
  }
}

function optional<K extends string>(
  key: K,
  value: string | undefined
): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>)
}
