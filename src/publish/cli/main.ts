import { ScannerError, UserError, errorText } from '../../errors.js'
import { StreamLogger } from '../../logging.js'
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
    // The scanners (and the shell parser's WebAssembly) load only for a
    // scan, so --help and --version start at once.
    const { scan } = await import('./scan.js')

    return await scan(command, io, logger)
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
