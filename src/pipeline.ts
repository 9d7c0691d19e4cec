import path from 'node:path'

import type { Config } from './config/config.js'
import { rebaseFindings } from './findings/rebase.js'
import { judge } from './judge/index.js'
import type { Logger } from './logging.js'
import { buildPlan } from './plan/index.js'
import type { Report } from './reports/report.js'
import { type SarifWriteSummary, writeSarif } from './reports/sarif/index.js'
import { selectScanners } from './scanners/index.js'
import type { ScanOutcome } from './scanners/outcome.js'
import type { ScanContext } from './scanners/scanner.js'
import type { ToolResolver } from './tools/resolve.js'
import { TOOL_INFO } from './version.js'

/** What a face gives the pipeline besides the config. */
export interface PipelineDeps {
  readonly logger: Logger
  readonly tools: ToolResolver
  /** The clock, for exception expiry; tests pass a fixed date. */
  readonly now?: () => Date
}

/** Everything a face needs to publish one run. */
export interface PipelineResult {
  readonly report: Report
  readonly sarif: SarifWriteSummary
}

/**
 * One run of the gate: plan, scan (scanners concurrently), judge, and write
 * the SARIF log. Scanner failures come back as outcomes, not exceptions.
 */
export async function runPipeline(
  config: Config,
  deps: PipelineDeps
): Promise<PipelineResult> {
  const now = deps.now ?? (() => new Date())
  const startedAt = now()
  const { logger, tools } = deps
  if (config.registryAuth) logger.mask(config.registryAuth.password)

  if (
    config.trivy.reports.length > 0 &&
    !config.scanners.some((s) => s.startsWith('trivy'))
  ) {
    logger.warning(
      'trivy-reports is set but scanners has neither trivy-fs nor trivy-image, so the reports are not read this run.'
    )
  }

  const plan = await buildPlan(config, logger)
  const context: ScanContext = { config, plan, logger, tools }
  const scanners = selectScanners(config.scanners)
  const outcomes: ScanOutcome[] = (
    await Promise.all(scanners.map((s) => s.scan(context)))
  ).flat()

  const judgement = await judge(outcomes, config, { today: now(), logger })
  const root = config.sourceRoot ?? config.path
  const prefix = path.relative(root, config.path).split(path.sep).join('/')
  const report: Report = {
    tool: TOOL_INFO,
    root,
    outcomes,
    findings: rebaseFindings(judgement.findings, prefix),
    verdict: judgement.verdict,
    notes: judgement.notes,
    absent: judgement.absent,
    startedAt,
    finishedAt: now()
  }
  const sarif = await writeSarif(config.sarifFile, report)
  logger.info(`SARIF written to ${config.sarifFile}`)

  return { report, sarif }
}
