/**
 * What one cosign run proved about one image. Tests assert on these codes,
 * never on cosign's wording, which changes between releases.
 */

/**
 * Causes that become a finding: the image is not trusted as configured.
 * Every one is CRITICAL, whatever the vulnerability threshold.
 */
export const FINDING_CODES = [
  'NO_SIGNATURE',
  'IDENTITY_MISMATCH',
  'ISSUER_MISMATCH',
  'TLOG_MISSING',
  'WRONG_KEY',
  'INVALID_SIGNATURE',
  'CLAIMS_MISMATCH',
  'NO_ATTESTATION'
] as const

/**
 * Causes that mean cosign could not answer: the scanner failed. An unusable
 * key (INVALID_KEY) is one: nothing about the image was checked, so it must
 * not read as a finding a threshold could let through.
 */
export const FAILURE_CODES = [
  'INVALID_KEY',
  'REGISTRY_AUTH',
  'IMAGE_NOT_FOUND',
  'NETWORK',
  'USAGE',
  'PANIC',
  'CRASH',
  'TIMEOUT',
  'UNKNOWN_OUTPUT'
] as const

export type FindingCode = (typeof FINDING_CODES)[number]
export type FailureCode = (typeof FAILURE_CODES)[number]
export type VerifyCode = 'VERIFIED' | FindingCode | FailureCode

/** True when `code` is a verification result that becomes a finding. */
export function isFindingCode(code: VerifyCode): code is FindingCode {
  return (FINDING_CODES as readonly string[]).includes(code)
}

/** True when `code` means cosign could not do its work. */
export function isFailureCode(code: VerifyCode): code is FailureCode {
  return (FAILURE_CODES as readonly string[]).includes(code)
}
