import type { Logger } from '../../logging.js'
import { errorText } from '../../errors.js'
import { runTool } from '../../tools/run.js'

const VERSION_TIMEOUT_MS = 30_000

// One `trivy --version` per binary per process, however many scans run.
const versions = new Map<string, Promise<string | undefined>>()

/**
 * Trivy's version (`0.50.1`), read once per binary and cached; undefined
 * when it cannot be told, which does not stop a scan.
 */
export function trivyVersion(
  binary: string,
  logger: Logger
): Promise<string | undefined> {
  let version = versions.get(binary)
  if (!version) {
    version = readVersion(binary, logger)
    versions.set(binary, version)
  }

  return version
}

async function readVersion(
  binary: string,
  logger: Logger
): Promise<string | undefined> {
  try {
    const { stdout } = await runTool(binary, {
      tool: 'trivy',
      args: ['--version'],
      timeoutMs: VERSION_TIMEOUT_MS,
      logger
    })

    return (
      /^Version:\s*v?(\S+)/m.exec(stdout)?.[1] ??
      stdout.trim().split('\n')[0]?.trim()
    )
  } catch (error) {
    logger.debug(`trivy --version failed: ${errorText(error)}`)

    return undefined
  }
}
