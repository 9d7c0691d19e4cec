import type { Severity } from '../findings/index.js'
import type { Report } from './report.js'
import type { SarifTruncation } from './sarif/limits.js'
import {
  durationText,
  fixText,
  outcomeText,
  packageText,
  reportNotes,
  topFindings,
  truncationNotes,
  verdictWord,
  whereText
} from './summary.js'
import { describeCounts } from '../judge/counts.js'

/** How the console text is written. */
export interface ConsoleOptions {
  /** ANSI colours, for a terminal that shows them. */
  readonly color: boolean
  /** How many findings to list (default 20). */
  readonly maxFindings?: number
  /** What GitHub's limits cut from the SARIF log. */
  readonly truncated?: SarifTruncation
}

const COLORS = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const
type Color = keyof typeof COLORS

const SEVERITY_COLOR: Record<Severity, Color> = {
  CRITICAL: 'red',
  HIGH: 'red',
  MEDIUM: 'yellow',
  LOW: 'dim',
  UNKNOWN: 'dim'
}

/**
 * The CLI's report: verdict and reasons first, then scanners, counts,
 * the top findings and notes. Control characters in tool-supplied text
 * are replaced, so a finding cannot drive the terminal.
 */
export function toConsoleText(
  report: Report,
  options: ConsoleOptions = { color: false }
): string {
  const paint = (color: Color, text: string): string =>
    options.color ? `\u001b[${COLORS[color]}m${text}\u001b[0m` : text
  const word = verdictWord(report)
  const { verdict } = report
  const lines = [
    `${paint('bold', 'Container Security Gate')}: ${paint(word === 'PASSED' ? 'green' : 'red', word)} (exit code ${verdict.exitCode}, threshold ${verdict.threshold})`,
    ...verdict.reasons.map((r) => `  ${safe(r)}`),
    '',
    'Scanners:'
  ]

  for (const o of report.outcomes) {
    const status = o.status.padEnd(7)
    const shown = o.status === 'failed' ? paint('red', status) : status
    lines.push(
      `  ${shown} ${o.scanner.padEnd(11)} ${safe(o.target.name)} (${durationText(o.durationMs)}): ${safe(outcomeText(o))}`
    )
  }

  const { counts } = verdict
  const bySeverity = describeCounts(counts.bySeverity) || 'none'
  lines.push(
    '',
    `Findings: ${bySeverity}; ${counts.blocking} blocking, ${counts.suppressed} suppressed.`
  )
  const shown = topFindings(report, options.maxFindings ?? 20)
  for (const f of shown) {
    const pkg = packageText(f)
    const fix = fixText(f)
    const detail = pkg ? ` ${safe(pkg)}${fix ? ` -> ${safe(fix)}` : ''}` : ''
    lines.push(
      `  ${paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(8))} ${safe(f.rule.id)}${detail} at ${safe(whereText(f))}`,
      `           ${safe(oneLine(f.message, 110))}`
    )
  }

  const unsuppressed = report.findings.filter((f) => !f.suppression).length
  if (unsuppressed > shown.length) {
    lines.push(
      `  … and ${unsuppressed - shown.length} more: the SARIF log has every finding.`
    )
  }

  const notes = [...reportNotes(report), ...truncationNotes(options.truncated)]
  if (notes.length > 0)
    lines.push('', 'Notes:', ...notes.map((n) => `  - ${safe(n)}`))

  return lines.join('\n') + '\n'
}

// C0 and C1 controls (ESC included) become `?`; tabs become spaces.
function safe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
}

// A finding's message on one line, cut to fit a terminal.
function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()

  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
