import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Finding } from '../../findings/index.js'
import { compareFindings } from '../../judge/order.js'
import type { Report } from '../report.js'
import { groupRuns, type RunGroup } from './groups.js'
import {
  GITHUB_LIMITS,
  gzipSize,
  type SarifLimits,
  type SarifTruncation
} from './limits.js'
import { toResult } from './result.js'
import { toRun } from './run.js'
import type { SarifLog } from './types.js'

export type { SarifLog } from './types.js'
export type { SarifLimits, SarifTruncation } from './limits.js'
export { FINGERPRINT_KEY } from './result.js'

/** How to write the log. */
export interface SarifOptions {
  /** Tighter limits than GitHub's, for tests. */
  readonly limits?: SarifLimits
  /**
   * Write the baseline's vanished findings as `absent` results. Off by
   * default: GitHub code scanning does not document `baselineState`, and an
   * uploaded absent result could show as an open alert.
   */
  readonly includeAbsent?: boolean
}

/** What was written, and what GitHub's limits cut. */
export interface SarifWriteSummary {
  readonly path: string
  readonly runs: number
  readonly results: number
  readonly bytes: number
  readonly gzipBytes: number
  readonly truncated: SarifTruncation
}

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'

interface Rendered {
  readonly log: SarifLog
  readonly text: string
  readonly gzipBytes: number
  readonly truncated: SarifTruncation
}

/** The report as one SARIF 2.1.0 log within GitHub's limits. */
export function toSarif(report: Report, options: SarifOptions = {}): SarifLog {
  return render(report, options).log
}

/** Writes the log to `file` (folders created) and says what it holds. */
export async function writeSarif(
  file: string,
  report: Report,
  options: SarifOptions = {}
): Promise<SarifWriteSummary> {
  const rendered = render(report, options)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, rendered.text)

  return {
    path: file,
    runs: rendered.log.runs.length,
    results: rendered.log.runs.reduce((n, r) => n + r.results.length, 0),
    bytes: Buffer.byteLength(rendered.text),
    gzipBytes: rendered.gzipBytes,
    truncated: rendered.truncated
  }
}

interface RunPlan {
  readonly group: RunGroup
  readonly kept: readonly Finding[]
  readonly byCount: number
}

function render(report: Report, options: SarifOptions): Rendered {
  const limits = options.limits ?? GITHUB_LIMITS
  const absent = options.includeAbsent ? (report.absent ?? []) : []
  const withBaseline =
    absent.length > 0 ||
    (report.absent?.length ?? 0) > 0 ||
    report.findings.some((f) => f.baselineState !== undefined)
  const findings = [
    ...report.findings,
    ...absent.map((f): Finding => ({ ...f, baselineState: 'absent' }))
  ]

  const plans: RunPlan[] = groupRuns(findings, report.outcomes).map((group) => {
    const sorted = group.findings.slice().sort(compareFindings)
    const kept = sorted.slice(0, limits.resultsPerRun)

    return { group, kept, byCount: sorted.length - kept.length }
  })
  const dropped = new Set<Finding>()

  // Each pass cuts the least severe results by an estimate of the excess;
  // the estimate is usually right at once, so this rarely loops twice.
  for (;;) {
    const log = assemble(plans, dropped, report, withBaseline)
    const text = JSON.stringify(log)
    const gzipBytes = gzipSize(text, limits.gzipBytes)
    const fits = gzipBytes <= limits.gzipBytes
    if (
      fits ||
      !cutForSize(plans, dropped, text, gzipBytes, limits, report.root)
    ) {
      const truncated = {
        resultsPerRun: plans.reduce((n, p) => n + p.byCount, 0),
        locationsPerResult: 0,
        bySize: dropped.size,
        mergedGroups: plans.reduce((n, p) => n + p.group.mergedFrom.length, 0)
      }
      if (!fits) {
        throw new Error(
          `The SARIF log is ${gzipBytes} bytes gzipped even without results, over the ${limits.gzipBytes} byte limit`
        )
      }

      return { log, text, gzipBytes, truncated }
    }
  }
}

function assemble(
  plans: readonly RunPlan[],
  dropped: ReadonlySet<Finding>,
  report: Report,
  withBaseline: boolean
): SarifLog {
  const runs = plans.map((plan, i) => {
    const findings = plan.kept.filter((f) => !dropped.has(f))
    const cuts = {
      byCount: plan.byCount,
      bySize: plan.kept.length - findings.length
    }
    const logNotes = i === 0 ? report.notes : []

    return toRun(
      { group: plan.group, findings, cuts, logNotes, withBaseline },
      report
    )
  })

  return { $schema: SCHEMA_URI, version: '2.1.0', runs }
}

// Adds the least severe remaining results to `dropped` until their
// serialised size covers the estimated excess. False when nothing is left.
function cutForSize(
  plans: readonly RunPlan[],
  dropped: Set<Finding>,
  text: string,
  gzipBytes: number,
  limits: SarifLimits,
  root: string
): boolean {
  const ratio = gzipBytes / Buffer.byteLength(text)
  // Aim a little under the limit so that a slightly low estimate still fits.
  const excess = (gzipBytes - limits.gzipBytes * 0.97) / ratio
  const candidates = plans
    .flatMap((p) => p.kept.filter((f) => !dropped.has(f)))
    .sort((a, b) => compareFindings(b, a))
  if (candidates.length === 0) return false

  let cut = 0
  for (const finding of candidates) {
    dropped.add(finding)
    cut += JSON.stringify(toResult(finding, 0, root, false)).length
    if (cut >= excess) break
  }

  return true
}
