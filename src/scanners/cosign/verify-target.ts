import type { CosignConfig } from '../../config/config.js'
import { ScannerError } from '../../errors.js'
import type { Finding } from '../../findings/index.js'
import type { Logger } from '../../logging.js'
import type { ScanOutcome, VerifiedSignature } from '../outcome.js'
import type { Classification } from './classify.js'
import { isFindingCode } from './codes.js'
import { verifyArgs, verifyAttestationArgs } from './args.js'
import { failureError, signatureFindings } from './findings.js'
import type { VerifyTarget } from './targets.js'
import { runAndClassify } from './verify.js'

/** What verifying one image needs besides the image. */
export interface VerifyTargetContext {
  readonly binary: string
  readonly config: CosignConfig
  readonly env: Readonly<Record<string, string>>
  readonly logger: Logger
}

/**
 * Verifies one image's signature and, for images the repository builds,
 * each required attestation type. One outcome: ok with findings, or failed
 * when cosign could not answer for the signature or an attestation.
 */
export async function verifyTarget(
  target: VerifyTarget,
  ctx: VerifyTargetContext
): Promise<ScanOutcome> {
  const started = Date.now()
  const base = {
    scanner: 'cosign' as const,
    tool: 'cosign',
    target: { kind: 'image' as const, name: target.ref }
  }
  const done = () => ({ ...base, durationMs: Date.now() - started })
  const run = (args: string[]) => runAndClassify({ ...ctx, args })

  try {
    const signed = await run(verifyArgs(ctx.config, target.verifyRef))
    report(ctx.logger, target, signed)
    if (signed.code !== 'VERIFIED') {
      if (isFindingCode(signed.code)) {
        const findings = signatureFindings(target, signed.code, signed.detail)

        return { ...done(), status: 'ok', findings }
      }
      const error = failureError(target, signed.code, signed.detail)

      return { ...done(), status: 'failed', error }
    }

    const signatures = toSignatures(target, signed, ctx.config)
    const findings: Finding[] = []
    const types = target.role === 'image' ? ctx.config.attestationTypes : []
    for (const type of types) {
      const args = verifyAttestationArgs(ctx.config, target.verifyRef, type)
      const attested = await run(args)
      report(ctx.logger, target, attested, type)
      if (attested.code === 'VERIFIED') continue
      if (isFindingCode(attested.code)) {
        findings.push(
          ...signatureFindings(target, attested.code, attested.detail, type)
        )
        continue
      }
      const error = failureError(target, attested.code, attested.detail)

      return { ...done(), status: 'failed', error, findings }
    }

    return { ...done(), status: 'ok', findings, signatures }
  } catch (error) {
    if (!(error instanceof ScannerError)) throw error

    return { ...done(), status: 'failed', error }
  }
}

function toSignatures(
  target: VerifyTarget,
  verified: Extract<Classification, { code: 'VERIFIED' }>,
  config: CosignConfig
): VerifiedSignature[] {
  const mode = config.key !== undefined ? 'key' : 'keyless'
  const seen = new Set<string>()
  const out: VerifiedSignature[] = []
  for (const p of verified.payloads) {
    const signature: VerifiedSignature = {
      image: target.ref,
      digest: p.digest ?? target.digest,
      identity: p.subject,
      issuer: p.issuer,
      mode
    }
    const key = JSON.stringify(signature)
    if (!seen.has(key)) out.push(signature)
    seen.add(key)
  }

  return out
}

// Decisions go to the log at info, one line an image.
function report(
  logger: Logger,
  target: VerifyTarget,
  result: Classification,
  type?: string
): void {
  const what = type ? `attestation ${type} of ${target.ref}` : target.ref
  if (result.code === 'VERIFIED') {
    const p = result.payloads[0]
    const who = p?.subject ? ` signed by ${p.subject} (${p.issuer ?? '?'})` : ''
    logger.info(`cosign: ${what} verified${who}`)

    return
  }
  logger.info(`cosign: ${what}: ${result.code}: ${result.detail}`)
}
