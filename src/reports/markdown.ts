import type { Finding } from '../findings/index.js'
import type { SarifTruncation } from './sarif/limits.js'
import type { Report } from './report.js'
import {
  SEVERITIES_DESC,
  durationText,
  fixText,
  outcomeText,
  packageText,
  reportNotes,
  truncationNotes,
  topFindings,
  verdictWord,
  whereText
} from './summary.js'

/** What the job summary shows beyond the report. */
export interface MarkdownOptions {
  /** How many findings the top list shows (default 20). */
  readonly maxFindings?: number
  /** What GitHub's limits cut from the SARIF log, when it was written. */
  readonly truncated?: SarifTruncation
}

/**
 * The job summary: the verdict and why in its first line, then counts by
 * tool and severity, scanner outcomes, top findings, verified signatures
 * and notes. Tool-supplied text is escaped.
 */
export function toMarkdownSummary(
  report: Report,
  options: MarkdownOptions = {}
): string {
  const sections = [
    verdictSection(report),
    countsSection(report),
    scannersSection(report),
    findingsSection(report, options.maxFindings ?? 20),
    signaturesSection(report),
    notesSection(report, options.truncated)
  ]

  return sections.filter((s) => s !== '').join('\n\n') + '\n'
}

function verdictSection(report: Report): string {
  const { verdict, tool } = report
  const why = verdict.reasons.map(escape).join(' ')

  return `**${verdictWord(report)}**: ${why}\n\nContainer Security Gate ${escape(tool.version)}: threshold ${verdict.threshold}, exit code ${verdict.exitCode}.`
}

function countsSection(report: Report): string {
  const { counts } = report.verdict
  const head = `| Tool | ${SEVERITIES_DESC.join(' | ')} |`
  const rule = `|---|${SEVERITIES_DESC.map(() => '--:').join('|')}|`
  const rows = Object.entries(counts.bySource)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([source, by]) =>
        `| ${source} | ${SEVERITIES_DESC.map((s) => by?.[s] ?? 0).join(' | ')} |`
    )
  const total = `| **Total** | ${SEVERITIES_DESC.map((s) => counts.bySeverity[s]).join(' | ')} |`

  return [
    '### Findings by tool and severity',
    '',
    head,
    rule,
    ...rows,
    total,
    '',
    `${counts.total} finding(s) in all: ${counts.blocking} blocking, ${counts.suppressed} suppressed.`
  ].join('\n')
}

function scannersSection(report: Report): string {
  if (report.outcomes.length === 0) return ''
  const rows = report.outcomes.map((o) =>
    cells(
      o.scanner,
      o.target.name,
      o.status,
      durationText(o.durationMs),
      outcomeText(o)
    )
  )

  return [
    '### Scanners',
    '',
    '| Scanner | Target | Outcome | Duration | Details |',
    '|---|---|---|--:|---|',
    ...rows
  ].join('\n')
}

function findingsSection(report: Report, max: number): string {
  const shown = topFindings(report, max)
  if (shown.length === 0) return ''
  const active = report.findings.filter((f) => !f.suppression).length
  const rows = shown.map((f: Finding) =>
    cells(
      f.severity,
      f.rule.id,
      shorten(f.message, 140),
      whereText(f),
      packageText(f),
      fixText(f)
    )
  )

  return [
    `### Top findings (${shown.length} of ${active} unsuppressed)`,
    '',
    '| Severity | Rule | What | Location | Package | Fixed in |',
    '|---|---|---|---|---|---|',
    ...rows
  ].join('\n')
}

function signaturesSection(report: Report): string {
  const lines = report.outcomes.flatMap((o) =>
    o.status === 'ok'
      ? (o.signatures ?? []).map((s) => {
          const digest = s.digest ? ` (${escape(s.digest)})` : ''
          const who = [
            s.identity && `identity ${escape(s.identity)}`,
            s.issuer && `issuer ${escape(s.issuer)}`
          ]
            .filter(Boolean)
            .join(', ')

          return `- ${escape(s.image)}${digest}: ${s.mode}${who ? `, ${who}` : ''}`
        })
      : []
  )

  return lines.length
    ? ['### Signatures verified', '', ...lines].join('\n')
    : ''
}

function notesSection(report: Report, truncated?: SarifTruncation): string {
  const notes = reportNotes(report).map(escape)
  notes.push(...truncationNotes(truncated))

  return notes.length
    ? ['### Notes', '', ...notes.map((n) => `- ${n}`)].join('\n')
    : ''
}

function cells(...values: string[]): string {
  return `| ${values.map(escape).join(' | ')} |`
}

/**
 * Makes tool-supplied text inert in Markdown and HTML: entities for
 * `& < >`, backslashes before Markdown punctuation (table pipes included),
 * and line breaks folded to spaces so a table row stays one row.
 */
export function escape(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]|~]/g, '\\$&')
}

// Parentheses, `#`, `+` and `!` are left alone: they only mean something at
// the start of a line or after `]`, and every escaped text here is inline
// with its brackets escaped.

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
