import type { Severity } from '../findings/index.js'
import { parseSeverity } from '../findings/index.js'
import { UserError } from '../errors.js'

/**
 * Splits a list input: one item per line or comma, blanks and `#` comment
 * lines dropped. Commas inside `{...}` (glob braces) do not split.
 */
export function splitList(value: string | readonly string[]): string[] {
  const texts = typeof value === 'string' ? [value] : value
  const items: string[] = []
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      if (line.trim().startsWith('#')) continue
      items.push(...splitOutsideBraces(line))
    }
  }

  return items.map((i) => i.trim()).filter((i) => i.length > 0)
}

function splitOutsideBraces(line: string): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const char of line) {
    if (char === '{') depth++
    if (char === '}') depth = Math.max(0, depth - 1)
    if (char === ',' && depth === 0) {
      parts.push(current)
      current = ''
    } else {
      current += char
    }
  }
  parts.push(current)

  return parts
}

/** Reads `true`/`false` (and yes/no, on/off, 1/0) for input `name`. */
export function parseBoolean(name: string, value: string): boolean {
  const text = value.trim().toLowerCase()
  if (['true', 'yes', 'on', '1'].includes(text)) return true
  if (['false', 'no', 'off', '0'].includes(text)) return false

  throw new UserError(
    `Invalid ${name} "${value}": expected true or false.`,
    name
  )
}

/** Reads a severity for input `name`. */
export function parseSeverityInput(name: string, value: string): Severity {
  const severity = parseSeverity(value)
  if (severity) return severity

  throw new UserError(
    `Invalid ${name} "${value}": expected one of critical, high, medium, low, unknown.`,
    name
  )
}

/** Reads one of `choices` (any case) for input `name`. */
export function parseChoice<T extends string>(
  name: string,
  value: string,
  choices: readonly T[]
): T {
  const text = value.trim().toLowerCase()
  const found = choices.find((c) => c === text)
  if (found) return found

  throw new UserError(
    `Invalid ${name} "${value}": expected one of ${choices.join(', ')}.`,
    name
  )
}

/** Reads a whole number between `min` and `max` for input `name`. */
export function parseInteger(
  name: string,
  value: string,
  min: number,
  max: number
): number {
  const text = value.trim()
  const number = /^\d+$/.test(text) ? Number(text) : NaN
  if (Number.isInteger(number) && number >= min && number <= max) {
    return number
  }

  throw new UserError(
    `Invalid ${name} "${value}": expected a whole number from ${min} to ${max}.`,
    name
  )
}

const UNIT_SECONDS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600 }

/** Reads a duration (`600`, `90s`, `10m`, `1h`, `1h30m`) in seconds. */
export function parseDuration(name: string, value: string): number {
  const text = value.trim().toLowerCase()
  const parts = [...text.matchAll(/(\d+)(h|m|s|)/g)]
  const joined = parts.map((p) => p[0]).join('')
  const seconds = parts.reduce(
    (sum, p) => sum + Number(p[1]) * (UNIT_SECONDS[p[2] ?? ''] ?? 1),
    0
  )
  if (text.length > 0 && joined === text && seconds > 0 && seconds <= 86400) {
    return seconds
  }

  throw new UserError(
    `Invalid ${name} "${value}": expected a duration such as 600, 90s, 10m or 1h (at most 24h).`,
    name
  )
}

/** Checks a URL input is http(s); returns it without a trailing slash. */
export function parseUrl(name: string, value: string): string {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new UserError(
      `Invalid ${name} "${value}": expected an http:// or https:// URL.`,
      name
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(
      `Invalid ${name} "${value}": expected an http:// or https:// URL.`,
      name
    )
  }

  return url.toString().replace(/\/+$/, '')
}
