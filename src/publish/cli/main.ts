import { writeFile } from 'node:fs/promises'

import { loadConfig } from '../../config/load.js'
import { ENV } from '../../config/inputs.js'
import { ScannerError, UserError, errorText } from '../../errors.js'
import { StreamLogger } from '../../logging.js'
import { runPipeline } from '../../pipeline.js'
import { toConsoleText } from '../../reports/console.js'
import { toMarkdownSummary } from '../../reports/markdown.js'
import { cliToolResolver } from '../../tools/resolvers.js'
import { TOOL_INFO } from '../../version.js'
import { parseArgs } from './args.js'
import { EXIT_CODES, helpText } from './help.js'

/** The process around the CLI: streams, environment, folder. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; isTTY?: boolean }
  readonly stderr: { write(text: string): unknown }
  readonly env: NodeJS.ProcessEnv
  readonly cwd: string
}

/**
 * Runs the CLI and returns its exit code: 0 passed, 1 findings, 2 usage,
 * 3 a scanner failed, 4 an internal error.
 */
export async function main(
  argv: readonly string[],
  io: CliIo
): Promise<number> {
  let verbose = false
  const logger = new StreamLogger(
    (t) => io.stderr.write(t),
    () => verbose
  )
  try {
    const command = parseArgs(argv)
    if (command.kind === 'help') {
      io.stdout.write(helpText())

      return EXIT_CODES.passed
    }
    if (command.kind === 'version') {
      io.stdout.write(`${TOOL_INFO.name} ${TOOL_INFO.version}\n`)

      return EXIT_CODES.passed
    }

    verbose = command.verbose
    const config = await loadConfig(command.inputs, io)
    const tools = cliToolResolver(config, logger)
    const { report, sarif } = await runPipeline(config, { logger, tools })
    const color =
      command.color ?? (Boolean(io.stdout.isTTY) && !io.env[ENV.noColor])
    io.stdout.write(
      toConsoleText(report, { color, truncated: sarif.truncated })
    )
    if (command.markdownFile) {
      await writeFile(
        command.markdownFile,
        toMarkdownSummary(report, { truncated: sarif.truncated })
      )
    }

    return report.verdict.exitCode
  } catch (error) {
    return failure(error, logger)
  }
}

function failure(error: unknown, logger: StreamLogger): number {
  if (error instanceof UserError) {
    logger.error(error.message)

    return EXIT_CODES.usage
  }
  if (error instanceof ScannerError) {
    logger.error(error.message)

    return EXIT_CODES.scannerFailed
  }

  logger.error(`Internal error: ${errorText(error)}`)
  if (error instanceof Error && error.stack) logger.debug(error.stack)

  return EXIT_CODES.internal
}
