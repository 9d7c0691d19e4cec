import type { Finding } from '../../findings/index.js'
import type { ScannerName, ScanOutcome, ScanTarget } from '../outcome.js'
import type { ScanContext } from '../scanner.js'
import { trivyFailure } from './failure.js'
import { summarise } from './summary.js'
import { trivyVersion } from './version.js'

/** One Trivy scan of one target, as the scanners describe it. */
export interface TargetScan {
  readonly scanner: ScannerName
  readonly target: ScanTarget
  /** Names the log group and prefixes messages. */
  readonly label: string
  /**
   * Runs the scan; throws on failure. `trivy()` resolves the binary (and
   * reads its version) for scans that run it; reading reports does not.
   */
  readonly run: (trivy: () => Promise<string>) => Promise<Finding[]>
}

/**
 * Runs one scan inside its own log group and turns whatever happens into
 * an outcome: `ok` with findings, or `failed` with a `ScannerError`. Never
 * throws.
 */
export function scanTarget(
  context: ScanContext,
  scan: TargetScan
): Promise<ScanOutcome> {
  const { logger } = context
  const started = Date.now()
  const base = { scanner: scan.scanner, tool: 'trivy', target: scan.target }

  return logger.group(scan.label, async () => {
    let toolVersion: string | undefined
    const trivy = async (): Promise<string> => {
      const binary = await context.tools.resolve('trivy')
      toolVersion = await trivyVersion(binary, logger)

      return binary
    }

    try {
      const findings = await scan.run(trivy)
      const durationMs = Date.now() - started
      logger.info(
        `${scan.label}: ${summarise(findings)} in ${seconds(durationMs)}`
      )

      return { ...base, status: 'ok', toolVersion, durationMs, findings }
    } catch (caught) {
      const error = trivyFailure(caught, scan.label)
      // A warning here: whether it fails the run is the gate's to say, and
      // the gate says it once, with the reasons, as the step's error.
      logger.warning(error.message)
      if (error.details.hint) logger.info(error.details.hint)

      return {
        ...base,
        status: 'failed',
        toolVersion,
        durationMs: Date.now() - started,
        error
      }
    }
  })
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
