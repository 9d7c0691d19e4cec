import { writeFile } from 'node:fs/promises'

import { ENV } from '../../config/inputs.js'
import { loadConfig } from '../../config/load.js'
import type { Logger } from '../../logging.js'
import { runPipeline } from '../../pipeline.js'
import { toConsoleText } from '../../reports/console.js'
import { toMarkdownSummary } from '../../reports/markdown.js'
import { cliToolResolver } from '../../tools/resolvers.js'
import type { CliCommand } from './args.js'
import type { CliIo } from './main.js'

/**
 * `container-security-gate scan`: config, one pipeline run, the report on
 * standard output. Returns the verdict's exit code; throws for bad input.
 */
export async function scan(
  command: Extract<CliCommand, { kind: 'scan' }>,
  io: CliIo,
  logger: Logger
): Promise<number> {
  const config = await loadConfig(command.inputs, io)
  const tools = cliToolResolver(config, logger)
  const { report, sarif } = await runPipeline(config, { logger, tools })
  const color =
    command.color ?? (Boolean(io.stdout.isTTY) && !io.env[ENV.noColor])
  io.stdout.write(toConsoleText(report, { color, truncated: sarif.truncated }))
  if (command.markdownFile) {
    await writeFile(
      command.markdownFile,
      toMarkdownSummary(report, { truncated: sarif.truncated })
    )
  }

  return report.verdict.exitCode
}
