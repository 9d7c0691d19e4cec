import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'
import { UserError, errorText } from '../errors.js'

/** Where the exceptions file is looked for when none is named. */
export const DEFAULT_EXCEPTIONS_FILE =
  '.container-security-gate/exceptions.yaml'

/** One accepted risk from the exceptions file. */
export interface ExceptionEntry {
  /** Position in the file's `exceptions` list, from 0. */
  readonly index: number
  /** A rule id or CVE (`CVE-2024-1234`, `CSG-D1`, `DS-0002`). */
  readonly id: string
  /** Glob on the repository-relative path of the finding. */
  readonly path?: string
  /** Glob on the image reference (with or without its tag). */
  readonly image?: string
  /** Glob on the package name. */
  readonly package?: string
  /** Why the risk is accepted. */
  readonly reason: string
  /** Last day (UTC, `YYYY-MM-DD`) the exception applies. */
  readonly expires: string
  /** Who accepted it. */
  readonly by?: string
}

/** The exceptions of one file, with the file's name for messages. */
export interface ExceptionsFile {
  /** As the user named it, relative to the repository. */
  readonly file: string
  readonly entries: readonly ExceptionEntry[]
}

const FIELDS = ['id', 'path', 'image', 'package', 'reason', 'expires', 'by']

/**
 * Reads the exceptions file under `root`. A missing file is no exceptions
 * when it is the default one, and an error when the user named it.
 */
export async function loadExceptions(
  root: string,
  file: string = DEFAULT_EXCEPTIONS_FILE
): Promise<ExceptionsFile | undefined> {
  let text: string
  try {
    text = await readFile(path.resolve(root, file), 'utf8')
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    if (
      missing &&
      path.normalize(file) === path.normalize(DEFAULT_EXCEPTIONS_FILE)
    ) {
      return undefined
    }

    throw new UserError(
      `exceptions-file: cannot read ${file}: ${errorText(error)}. Name an existing YAML file relative to the repository, or remove the setting.`,
      'exceptions-file',
      { cause: error }
    )
  }

  return { file, entries: parseExceptions(text, file) }
}

/**
 * Parses and validates the file's text. Every error names the file, the
 * entry (`exceptions[2]`) and the field, and says what is accepted.
 */
export function parseExceptions(text: string, file: string): ExceptionEntry[] {
  const fail = (where: string, what: string): never => {
    throw new UserError(`${file}: ${where}: ${what}`, 'exceptions-file')
  }

  let doc: unknown
  try {
    doc = parse(text)
  } catch (error) {
    return fail('not valid YAML', errorText(error))
  }
  if (doc === null || doc === undefined) return []
  if (!isRecord(doc) || !Array.isArray(doc['exceptions'])) {
    return fail('top level', 'expected a mapping with an `exceptions:` list')
  }

  return doc['exceptions'].map((raw: unknown, index) =>
    parseEntry(raw, index, (field, what) =>
      fail(`exceptions[${index}]${field ? `.${field}` : ''}`, what)
    )
  )
}

function parseEntry(
  raw: unknown,
  index: number,
  fail: (field: string, what: string) => never
): ExceptionEntry {
  if (!isRecord(raw))
    return fail('', 'expected a mapping with id, reason and expires')
  for (const key of Object.keys(raw)) {
    if (!FIELDS.includes(key))
      fail(key, `unknown field; accepted fields: ${FIELDS.join(', ')}`)
  }

  const text = (field: string, required: boolean): string | undefined => {
    const value = raw[field]
    if (value === undefined || value === null) {
      return required ? fail(field, requiredText(field)) : undefined
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      return fail(field, `expected text, got ${typeof value}`)
    }
    const trimmed = String(value).trim()

    return trimmed === '' && required
      ? fail(field, requiredText(field))
      : trimmed || undefined
  }

  const expires = text('expires', true) as string
  if (!isIsoDate(expires)) {
    fail(
      'expires',
      `expected a date as YYYY-MM-DD (for example 2025-12-31), got "${expires}"`
    )
  }

  const entry = {
    index,
    id: text('id', true) as string,
    path: text('path', false),
    image: text('image', false),
    package: text('package', false),
    reason: text('reason', true) as string,
    expires,
    by: text('by', false)
  }

  return Object.fromEntries(
    Object.entries(entry).filter(([, v]) => v !== undefined)
  ) as unknown as ExceptionEntry
}

function requiredText(field: string): string {
  const what: Record<string, string> = {
    id: 'required: the rule id or CVE to accept (for example CVE-2024-1234 or CSG-D1)',
    reason: 'required: a sentence saying why the risk is accepted',
    expires: 'required: the last day the exception applies, as YYYY-MM-DD'
  }

  return what[field] ?? 'required'
}

// A real calendar date: 2025-02-30 reads as a date but is not one.
function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)

  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
