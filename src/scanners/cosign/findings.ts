import { ScannerError, type ScannerErrorCode } from '../../errors.js'
import {
  DEFAULT_SCORES,
  fingerprintOf,
  type Finding
} from '../../findings/index.js'
import { parseImageRef, repositoryName } from '../../tools/registry/ref.js'
import type { FailureCode, FindingCode } from './codes.js'
import { COSIGN_RULES } from './rules.js'
import type { VerifyTarget } from './targets.js'

const WHAT: Readonly<Record<FindingCode, string>> = {
  NO_SIGNATURE: 'has no cosign signature',
  IDENTITY_MISMATCH: 'is signed, but not by the expected identity',
  ISSUER_MISMATCH: 'is signed, but through an unexpected OIDC issuer',
  TLOG_MISSING: 'has a signature that is not in the transparency log',
  WRONG_KEY: 'is signed with a different key than the configured one',
  INVALID_SIGNATURE: 'has a signature that does not verify',
  CLAIMS_MISMATCH: 'has a signature whose claims do not match',
  NO_ATTESTATION: 'has no verified attestation of the required type'
}

/**
 * The findings for one verification result: one on each FROM line that
 * names the image, or one on the image itself when no line is known.
 */
export function signatureFindings(
  target: VerifyTarget,
  code: FindingCode,
  detail: string,
  attestationType?: string
): Finding[] {
  const rule = COSIGN_RULES[code]
  const kindOf = target.role === 'base' ? 'Base image' : 'Image'
  const type = attestationType ? ` (${attestationType})` : ''
  const message = `${kindOf} ${target.ref} ${WHAT[code]}${type}: ${detail}`
  const image = { ref: target.ref, digest: target.digest }
  const repo = repositoryOf(target.ref)
  const base = {
    rule,
    source: 'cosign' as const,
    kind: 'signature' as const,
    severity: rule.defaultSeverity,
    score: DEFAULT_SCORES[rule.defaultSeverity],
    message,
    target: target.ref
  }
  if (target.sites.length === 0) {
    return [
      {
        ...base,
        location: { image },
        fingerprint: fingerprintOf(rule.id, repo, attestationType)
      }
    ]
  }

  return target.sites.map((site) => ({
    ...base,
    location: { path: site.path, region: { startLine: site.line }, image },
    fingerprint: fingerprintOf(rule.id, repo, site.path, attestationType)
  }))
}

// Tags change every build (`:${sha}`); the repository does not.
function repositoryOf(ref: string): string {
  try {
    return repositoryName(parseImageRef(ref))
  } catch {
    return ref
  }
}

const ERROR_CODES: Readonly<Record<FailureCode, ScannerErrorCode>> = {
  INVALID_KEY: 'EXIT_CODE',
  REGISTRY_AUTH: 'REGISTRY_AUTH',
  IMAGE_NOT_FOUND: 'EXIT_CODE',
  NETWORK: 'NETWORK',
  USAGE: 'EXIT_CODE',
  PANIC: 'EXIT_CODE',
  CRASH: 'EXIT_CODE',
  TIMEOUT: 'TIMED_OUT',
  UNKNOWN_OUTPUT: 'BAD_OUTPUT'
}

const HINTS: Readonly<Record<FailureCode, string>> = {
  INVALID_KEY:
    'cosign could not load the key given in cosign-key, so no signature was checked. Give the public key (cosign.pub, a PEM block starting with -----BEGIN PUBLIC KEY-----, never the private cosign.key), env://VAR holding one, or a KMS URI (awskms://, gcpkms://, azurekms://, hashivault://, k8s://).',
  REGISTRY_AUTH:
    'Log in to the registry (docker login) or set REGISTRY_USERNAME and REGISTRY_PASSWORD (and REGISTRY_HOST) for the step.',
  IMAGE_NOT_FOUND:
    'Check the image reference and that the image was pushed before this step.',
  NETWORK:
    'Check that the runner reaches the registry and the Sigstore services (proxy, firewall, custom CA).',
  USAGE:
    'The cosign command line was rejected: check the cosign settings and that the installed cosign is version 2 or later.',
  PANIC:
    'cosign crashed; retry, and report it to sigstore/cosign if it persists.',
  CRASH:
    'cosign stopped without a result; check the runner for memory or signal limits.',
  TIMEOUT: 'Raise cosign-timeout, or check that the registry answers.',
  UNKNOWN_OUTPUT:
    'cosign printed something this gate does not recognise, so the image is not treated as verified; check the cosign version and the log.'
}

/** The scanner error for a run cosign could not finish. */
export function failureError(
  target: VerifyTarget,
  code: FailureCode,
  detail: string
): ScannerError {
  return new ScannerError(
    ERROR_CODES[code],
    'cosign',
    `cosign could not verify ${target.ref} (${code}): ${detail}`,
    { stderrLine: detail, hint: HINTS[code] }
  )
}
