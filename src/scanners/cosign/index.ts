import { ScannerError } from '../../errors.js'
import { parseImageRef } from '../../tools/registry/ref.js'
import type { ScanOutcome } from '../outcome.js'
import type { Scanner, ScanContext } from '../scanner.js'
import { registryEnv } from '../../tools/registry-env.js'
import { mapWithLimit } from '../../tools/limit.js'
import { prepareCosignEnv } from './secrets.js'
import { baseImageTargets, imageTargets, type VerifyTarget } from './targets.js'
import { validateCosignConfig } from './validate.js'
import { verifyTarget } from './verify-target.js'

export { classifyCosignRun } from './classify.js'
export type { Classification, CosignRun } from './classify.js'
export type { FailureCode, FindingCode, VerifyCode } from './codes.js'
export { COSIGN_RULES } from './rules.js'
export { COSIGN_ENV } from './secrets.js'
export { extractFromRefs } from './from-refs.js'
export { validateCosignConfig } from './validate.js'

/**
 * Verifies each planned image's cosign signature (and, when asked, each
 * base image named in a FROM line, and each required attestation type).
 * One outcome per image. Throws a `UserError` only for invalid settings,
 * which the config loader should have rejected already.
 */
export const cosignScanner: Scanner = {
  name: 'cosign',
  async scan(context: ScanContext): Promise<ScanOutcome[]> {
    const { config, plan, logger } = context
    const started = Date.now()

    const images = imageTargets(plan)
    const bases = config.cosign.verifyBaseImages
      ? await baseImageTargets(plan, logger)
      : []
    const targets = [...images, ...bases]
    if (targets.length === 0) return [nothingToVerify(plan.images.length)]
    validateCosignConfig(config.cosign)

    let binary: string
    try {
      binary = await context.tools.resolve('cosign')
    } catch (error) {
      if (!(error instanceof ScannerError)) throw error

      return targets.map((t) => failed(t, error))
    }

    const prepared = await prepareCosignEnv(
      registriesOf(images),
      logger,
      registryEnv(config)
    )
    const ctx = { binary, config: config.cosign, env: prepared.env, logger }
    let outcomes: ScanOutcome[]
    try {
      outcomes = await mapWithLimit(targets, config.concurrency, (t) =>
        verifyTarget(t, ctx)
      )
    } finally {
      await prepared.dispose()
    }

    const findings = outcomes.reduce(
      (n, o) => n + (o.status === 'ok' ? o.findings.length : 0),
      0
    )
    const failures = outcomes.filter((o) => o.status === 'failed').length
    logger.info(
      `cosign: ${targets.length} image(s) checked, ${findings} finding(s), ${failures} failure(s) in ${Date.now() - started} ms`
    )

    return outcomes
  }
}

function nothingToVerify(archives: number): ScanOutcome {
  return {
    scanner: 'cosign',
    tool: 'cosign',
    target: { kind: 'image', name: '(none)' },
    durationMs: 0,
    status: 'skipped',
    reason:
      archives > 0
        ? 'only image archives were given; cosign verifies images in a registry'
        : 'no image to verify'
  }
}

function failed(target: VerifyTarget, error: ScannerError): ScanOutcome {
  return {
    scanner: 'cosign',
    tool: 'cosign',
    target: { kind: 'image', name: target.ref },
    durationMs: 0,
    status: 'failed',
    error
  }
}

function registriesOf(targets: readonly VerifyTarget[]): string[] {
  return targets.flatMap((t) => {
    try {
      return [parseImageRef(t.verifyRef).registry]
    } catch {
      return []
    }
  })
}
