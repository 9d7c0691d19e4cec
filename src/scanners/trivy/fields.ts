import { ScannerError } from '../../errors.js'

/** A JSON object as parsed, before we know its shape. */
export type JsonObject = Record<string, unknown>

/** The error for a report we cannot read: it names the file and the fault. */
export function badReport(source: string, problem: string): ScannerError {
  return new ScannerError(
    'BAD_OUTPUT',
    'trivy',
    `Trivy report ${source}: ${problem}`,
    {
      hint: 'Produce the report with `trivy image|fs --format json --output FILE`.'
    }
  )
}

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value when it is a non-empty string, else undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined
}

/** The value when it is a finite positive number, else undefined. */
export function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0
    ? value
    : undefined
}

/**
 * The objects in `holder[key]`: absent and null mean none; anything but an
 * array of objects is a broken report, named by its path `where.key[i]`.
 */
export function objectsAt(
  holder: JsonObject,
  key: string,
  where: string,
  source: string
): JsonObject[] {
  const list = holder[key]
  if (list === undefined || list === null) return []

  if (!Array.isArray(list)) {
    throw badReport(source, `${where}${key} is ${kindOf(list)}, not a list`)
  }

  return list.map((item: unknown, index) => {
    if (isObject(item)) return item

    throw badReport(
      source,
      `${where}${key}[${index}] is ${kindOf(item)}, not an object`
    )
  })
}

/** Checks that each object has a non-empty string at `key`. */
export function requireText(
  items: readonly JsonObject[],
  key: string,
  where: string,
  source: string
): void {
  items.forEach((item, index) => {
    if (text(item[key]) !== undefined) return

    throw badReport(source, `${where}[${index}] has no ${key}`)
  })
}

/** A short name for a JSON value's type, for messages. */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'missing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'

  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** The strings of a JSON list; anything else gives none. */
export function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : []
}
