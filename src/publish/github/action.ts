import * as core from '@actions/core'

import { loadConfig } from '../../config/load.js'
import { UserError, errorText } from '../../errors.js'
import { runPipeline } from '../../pipeline.js'
import { toMarkdownSummary } from '../../reports/markdown.js'
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
      for (const reason of report.verdict.reasons) core.info(reason)
    }
  } catch (error) {
    const prefix =
      error instanceof UserError ? 'Configuration error' : 'Internal error'
    core.setFailed(`${prefix}: ${errorText(error)}`)
    if (error instanceof Error && error.stack) core.debug(error.stack)
  }
}
