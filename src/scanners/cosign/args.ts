import type { CosignConfig } from '../../config/config.js'

/** The trust flags shared by `verify` and `verify-attestation`. */
export function trustArgs(c: CosignConfig): string[] {
  const args: string[] = []
  if (c.key !== undefined) {
    args.push('--key', c.key)
  } else {
    if (c.certificateIdentity !== undefined) {
      args.push('--certificate-identity', c.certificateIdentity)
    }
    if (c.certificateIdentityRegexp !== undefined) {
      args.push('--certificate-identity-regexp', c.certificateIdentityRegexp)
    }
    if (c.certificateOidcIssuer !== undefined) {
      args.push('--certificate-oidc-issuer', c.certificateOidcIssuer)
    }
    if (c.certificateOidcIssuerRegexp !== undefined) {
      args.push(
        '--certificate-oidc-issuer-regexp',
        c.certificateOidcIssuerRegexp
      )
    }
  }
  if (c.rekorUrl !== undefined) args.push('--rekor-url', c.rekorUrl)

  return args
}

/** `cosign verify` for one image; the verified payloads go to stdout. */
export function verifyArgs(c: CosignConfig, image: string): string[] {
  return ['verify', ...trustArgs(c), '--output', 'json', image]
}

/** `cosign verify-attestation` of one predicate type for one image. */
export function verifyAttestationArgs(
  c: CosignConfig,
  image: string,
  type: string
): string[] {
  return ['verify-attestation', ...trustArgs(c), '--type', type, image]
}
