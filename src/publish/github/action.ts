import * as core from '@actions/core'

import { loadConfig } from '../../config/load.js'
import { UserError, errorText } from '../../errors.js'
import { runPipeline } from '../../pipeline.js'
import { escape, toMarkdownSummary } from '../../reports/markdown.js'
import { OUTPUTS } from '../../config/inputs.js'
import { actionToolResolver } from '../../tools/resolvers.js'
import { readActionInputs } from './inputs.js'
import { ActionsLogger } from './logger.js'
import { setOutputs } from './outputs.js'

/**
 * The Action's entry: inputs to Config, one pipeline run, then outputs, the
 * job summary, and a failed step when the gate says so.
 */
export async function run(): Promise<void> {
  const logger = new ActionsLogger()
  try {
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const config = await loadConfig(readActionInputs(), {
      cwd,
      env: process.env
    })
    const tools = actionToolResolver(config, logger)
    const { report, sarif } = await runPipeline(config, { logger, tools })

    setOutputs(report, config.sarifFile)
    await core.summary
      .addRaw(toMarkdownSummary(report, { truncated: sarif.truncated }))
      .write()
    if (report.verdict.exitCode !== 0) {
      core.setFailed(report.verdict.reasons.join('\n'))
    } else {
      // A passing verdict can still carry reasons: a failed scanner the
      // user chose not to fail on. Those are warnings, not errors.
      for (const reason of report.verdict.reasons) core.warning(reason)
    }
  } catch (error) {
    await reportCrash(error)
  }
}

// The run stopped before a verdict: the outputs and the summary still say
// so, so that later steps (an `if: always()` upload) see a failed gate.
async function reportCrash(error: unknown): Promise<void> {
  const user = error instanceof UserError
  const message = `${user ? 'Configuration error' : 'Internal error'}: ${errorText(error)}`
  core.setOutput(OUTPUTS.verdict, 'failed')
  core.setOutput(OUTPUTS.exitCode, String(user ? 2 : 4))
  core.setFailed(message)
  if (error instanceof Error && error.stack) core.debug(error.stack)
  await core.summary
    .addRaw(`**FAILED**: ${escape(message)}\n`)
    .write()
    .catch(() => undefined)
}
