import type { CosignConfig } from '../../config/config.js'
import { UserError } from '../../errors.js'

/** Key URI schemes cosign resolves itself (KMS and Kubernetes secrets). */
export const KMS_SCHEMES = [
  'awskms://',
  'gcpkms://',
  'azurekms://',
  'hashivault://',
  'k8s://'
] as const

/** Predicate types `cosign verify-attestation --type` accepts by name. */
export const ATTESTATION_TYPES = [
  'slsaprovenance',
  'slsaprovenance02',
  'slsaprovenance1',
  'link',
  'spdx',
  'spdxjson',
  'cyclonedx',
  'vuln',
  'openvex',
  'custom'
] as const

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Checks the cosign settings before anything runs. Key-based verification
 * needs a usable key reference and no keyless settings (the two modes are
 * exclusive); keyless needs exactly one expected identity and one expected
 * OIDC issuer, because a keyless check without them accepts a signature
 * from anyone. Throws a `UserError` naming the input at fault.
 */
export function validateCosignConfig(c: CosignConfig): void {
  if (c.key !== undefined) {
    validateKey(c.key)
    rejectKeyless(c)
  } else {
    validateKeyless(c)
  }

  for (const type of c.attestationTypes) validateAttestationType(type)

  if (!(c.timeoutSeconds > 0)) {
    throw new UserError(
      `cosign-timeout must be a positive number of seconds, got ${c.timeoutSeconds}`,
      'cosign-timeout'
    )
  }
  if (c.rekorUrl !== undefined && !/^https?:\/\/\S+$/.test(c.rekorUrl)) {
    throw new UserError(
      `cosign-rekor-url must be an http(s) URL, got "${c.rekorUrl}"`,
      'cosign-rekor-url'
    )
  }
}

function validateKey(key: string): void {
  if (key.trim() === '') {
    throw new UserError(
      'cosign-key is empty: give a public key file path, env://VAR or a KMS URI (awskms://, gcpkms://, azurekms://, hashivault://, k8s://)',
      'cosign-key'
    )
  }

  if (key.startsWith('env://')) {
    const name = key.slice('env://'.length)
    if (!ENV_NAME.test(name)) {
      throw new UserError(
        `cosign-key "${key}" must name an environment variable (env://NAME, letters, digits and _)`,
        'cosign-key'
      )
    }

    return
  }

  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(key)?.[0]
  if (scheme && !(KMS_SCHEMES as readonly string[]).includes(scheme)) {
    throw new UserError(
      `cosign-key scheme "${scheme}" is not supported; accepted: a file path, env://VAR, ${KMS_SCHEMES.join(', ')}`,
      'cosign-key'
    )
  }
}

// cosign would quietly verify with the key and ignore the expected signer,
// so a user who meant keyless would get a check they did not ask for.
function rejectKeyless(c: CosignConfig): void {
  const keyless: [string | undefined, string][] = [
    [c.certificateIdentity, 'cosign-certificate-identity'],
    [c.certificateIdentityRegexp, 'cosign-certificate-identity-regexp'],
    [c.certificateOidcIssuer, 'cosign-certificate-oidc-issuer'],
    [c.certificateOidcIssuerRegexp, 'cosign-certificate-oidc-issuer-regexp']
  ]
  const given = keyless.find(([value]) => value !== undefined)?.[1]
  if (given === undefined) return

  throw new UserError(
    `cosign-key and ${given} were both given, but key-based and keyless verification are exclusive: keep cosign-key to verify with a public key, or remove it and keep the certificate identity and OIDC issuer to verify keyless signatures`,
    given
  )
}

function validateKeyless(c: CosignConfig): void {
  const identity = c.certificateIdentity ?? c.certificateIdentityRegexp
  const issuer = c.certificateOidcIssuer ?? c.certificateOidcIssuerRegexp
  if (identity === undefined || issuer === undefined) {
    throw new UserError(
      'Keyless cosign verification needs both an expected identity (cosign-certificate-identity or cosign-certificate-identity-regexp) and an expected OIDC issuer (cosign-certificate-oidc-issuer or cosign-certificate-oidc-issuer-regexp); or give cosign-key for key-based verification',
      identity === undefined
        ? 'cosign-certificate-identity'
        : 'cosign-certificate-oidc-issuer'
    )
  }

  bothGiven(c.certificateIdentity, c.certificateIdentityRegexp, 'identity')
  bothGiven(
    c.certificateOidcIssuer,
    c.certificateOidcIssuerRegexp,
    'oidc-issuer'
  )
  checkRegexp(c.certificateIdentityRegexp, 'cosign-certificate-identity-regexp')
  checkRegexp(
    c.certificateOidcIssuerRegexp,
    'cosign-certificate-oidc-issuer-regexp'
  )
}

function bothGiven(exact?: string, regexp?: string, what = ''): void {
  if (exact !== undefined && regexp !== undefined) {
    throw new UserError(
      `Give either cosign-certificate-${what} or cosign-certificate-${what}-regexp, not both`,
      `cosign-certificate-${what}`
    )
  }
}

function checkRegexp(value: string | undefined, input: string): void {
  if (value === undefined) return
  if (value.trim() === '') {
    throw new UserError(`${input} is empty; give a regular expression`, input)
  }
  try {
    new RegExp(value)
  } catch (error) {
    throw new UserError(
      `${input} "${value}" is not a valid regular expression`,
      input,
      { cause: error }
    )
  }
}

function validateAttestationType(type: string): void {
  const named = (ATTESTATION_TYPES as readonly string[]).includes(type)
  if (named || /^https?:\/\/\S+$/.test(type)) return

  throw new UserError(
    `cosign-attestation-types: "${type}" is not a predicate type; accepted: ${ATTESTATION_TYPES.join(', ')}, or a predicate type URI`,
    'cosign-attestation-types'
  )
}
