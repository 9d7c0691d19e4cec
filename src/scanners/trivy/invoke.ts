import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Config } from '../../config/config.js'
import { errorText, ScannerError } from '../../errors.js'
import type { Finding } from '../../findings/index.js'
import type { Logger } from '../../logging.js'
import { runTool } from '../../tools/run.js'
import type { TrivyParseOptions } from './options.js'
import { parseTrivyReport } from './parse.js'

/** One Trivy command to run and read. */
export interface TrivyInvocation {
  readonly binary: string
  /** What runs, for messages: `trivy image ghcr.io/acme/api:1`. */
  readonly label: string
  readonly args: (outputFile: string) => string[]
  readonly parse: TrivyParseOptions
  readonly config: Config
  readonly logger: Logger
  readonly cwd?: string
  /**
   * Added to Trivy's environment: registry credentials for this run only
   * (see `trivyImageEnv`), already masked. Never put in argv.
   */
  readonly env?: Readonly<Record<string, string>>
}

/**
 * Runs Trivy into a JSON file in a fresh temporary folder, reads it and
 * removes the folder. Throws a `ScannerError` when Trivy fails, times out
 * or writes something we cannot read.
 */
export async function invokeTrivy(call: TrivyInvocation): Promise<Finding[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'csg-trivy-'))
  const outputFile = path.join(dir, 'report.json')

  try {
    const result = await runTool(call.binary, {
      tool: 'trivy',
      args: call.args(outputFile),
      env: call.env,
      cwd: call.cwd,
      timeoutMs: timeoutMs(call.config.trivy.timeoutSeconds),
      logger: call.logger
    })
    if (result.stdout.trim())
      call.logger.debug(`trivy stdout:\n${result.stdout}`)

    const text = await readOutput(outputFile, call.label)
    call.logger.debug(`${call.label}: read ${text.length} bytes of JSON`)

    return parseTrivyReport(text, `output of ${call.label}`, call.parse)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

// Trivy gets its own `--timeout`; ours is a little longer, so that Trivy
// can stop and say what it was doing before we have to kill it.
function timeoutMs(seconds: number): number {
  const grace = Math.min(30, Math.max(1, seconds / 10))

  return Math.round((seconds + grace) * 1000)
}

async function readOutput(file: string, label: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    throw new ScannerError(
      'BAD_OUTPUT',
      'trivy',
      `${label} exited without writing its JSON report (${errorText(error)})`,
      { cause: error }
    )
  }
}
