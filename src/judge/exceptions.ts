import picomatch from 'picomatch'
import type { Finding } from '../findings/index.js'
import { imageName } from './image.js'
import type { ExceptionEntry, ExceptionsFile } from './exceptions-file.js'

export {
  DEFAULT_EXCEPTIONS_FILE,
  loadExceptions,
  parseExceptions,
  type ExceptionEntry,
  type ExceptionsFile
} from './exceptions-file.js'

/** Findings with exceptions applied, and what to tell the user. */
export interface ExceptionsResult {
  readonly findings: Finding[]
  /** Exceptions past their date: they no longer suppress anything. */
  readonly expired: readonly ExceptionEntry[]
  /** Active exceptions that matched no finding. */
  readonly unused: readonly ExceptionEntry[]
  /** Sentences on expired and unused exceptions, for the report. */
  readonly notes: string[]
}

/**
 * Marks findings matched by an active exception as suppressed. Expired
 * exceptions suppress nothing and are listed; so are active ones that
 * matched nothing. A finding already suppressed keeps its suppression.
 */
export function applyExceptions(
  findings: readonly Finding[],
  exceptions: ExceptionsFile,
  today: Date
): ExceptionsResult {
  const day = today.toISOString().slice(0, 10)
  const active = exceptions.entries.filter((e) => e.expires >= day)
  const expired = exceptions.entries.filter((e) => e.expires < day)
  const matchers = active.map((entry) => ({ entry, matches: matcher(entry) }))
  const used = new Set<ExceptionEntry>()

  const out = findings.map((finding) => {
    const hit = matchers.find((m) => m.matches(finding))
    if (!hit) return finding
    used.add(hit.entry)
    if (finding.suppression) return finding

    return {
      ...finding,
      suppression: suppressionOf(hit.entry, exceptions.file)
    }
  })

  const unused = active.filter((e) => !used.has(e))
  const name = (e: ExceptionEntry): string =>
    `${exceptions.file} exceptions[${e.index}] (${e.id})`
  const notes = [
    ...expired.map(
      (e) =>
        `Expired exception no longer suppresses: ${name(e)} expired on ${e.expires}; renew it with a new date and reason, or fix the finding.`
    ),
    ...unused.map(
      (e) =>
        `Unused exception: ${name(e)} matched no finding; remove it if the problem is gone.`
    )
  ]

  return { findings: out, expired, unused, notes }
}

function suppressionOf(
  entry: ExceptionEntry,
  file: string
): Finding['suppression'] {
  return {
    kind: 'exceptions-file',
    reason: entry.reason,
    by: entry.by ?? `${file} exceptions[${entry.index}]`,
    until: entry.expires
  }
}

// An entry matches on its id (any case) and on every optional field given.
function matcher(entry: ExceptionEntry): (finding: Finding) => boolean {
  const id = entry.id.toUpperCase()
  const path = entry.path ? picomatch(entry.path, { dot: true }) : undefined
  const image = entry.image ? picomatch(entry.image, { dot: true }) : undefined
  const pkg = entry.package
    ? picomatch(entry.package, { dot: true })
    : undefined

  return (finding) => {
    if (finding.rule.id.toUpperCase() !== id) return false
    if (path && !(finding.location.path && path(finding.location.path))) {
      return false
    }
    const ref = finding.location.image?.ref
    if (image && !(ref && (image(ref) || image(imageName(ref))))) return false

    return !pkg || (finding.package !== undefined && pkg(finding.package.name))
  }
}
