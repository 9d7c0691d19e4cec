import type { CosignConfig } from '../../config/config.js'
import { ScannerError } from '../../errors.js'
import type { Logger } from '../../logging.js'
import { runTool } from '../../tools/run.js'
import { classifyCosignRun, type Classification } from './classify.js'

/** How to run cosign once. */
export interface VerifyRunOptions {
  readonly binary: string
  readonly args: readonly string[]
  readonly config: CosignConfig
  readonly env: Readonly<Record<string, string>>
  readonly logger: Logger
}

// cosign's own exit codes are all "it answered"; the classifier decides.
const ANY_EXIT = Array.from({ length: 256 }, (_, i) => i)

/**
 * Runs one cosign command in its own log group and classifies what it
 * printed. A timeout or a process killed by a signal is classified too,
 * never thrown, so one image cannot hide the others' results.
 */
export async function runAndClassify(
  options: VerifyRunOptions
): Promise<Classification> {
  const { binary, args, config, logger } = options
  const name = `cosign ${args[0] ?? ''} ${args.at(-1) ?? ''}`

  return logger.group(name, async () => {
    try {
      const result = await runTool(binary, {
        tool: 'cosign',
        args,
        env: options.env,
        timeoutMs: config.timeoutSeconds * 1000,
        logger,
        okExitCodes: ANY_EXIT
      })
      if (result.stdout) logger.debug(`cosign stdout:\n${result.stdout}`)

      return classifyCosignRun(result, {
        issuer: config.certificateOidcIssuer,
        issuerRegexp: config.certificateOidcIssuerRegexp
      })
    } catch (error) {
      if (!(error instanceof ScannerError)) throw error
      const detail = error.details.stderrLine ?? error.message
      if (error.code === 'TIMED_OUT') return { code: 'TIMEOUT', detail }
      if (error.code === 'NOT_FOUND' || error.code === 'SPAWN_FAILED')
        throw error

      return { code: 'CRASH', detail }
    }
  })
}
