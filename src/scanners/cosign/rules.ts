import type { Rule } from '../../findings/index.js'
import type { FindingCode } from './codes.js'

const DOCS = 'https://docs.sigstore.dev/cosign/verifying/verify/'

// Every signature rule is CRITICAL: the gate exists to refuse an image
// whose signature was not verified, whatever the vulnerability threshold.
function rule(id: string, title: string, help: string): Rule {
  return {
    id,
    title,
    help,
    helpUri: DOCS,
    defaultSeverity: 'CRITICAL',
    precision: 'very-high',
    tags: ['security', 'supply-chain', 'signature']
  }
}

/** One rule per reason an image's signature is not trusted; all CRITICAL. */
export const COSIGN_RULES: Readonly<Record<FindingCode, Rule>> = {
  NO_SIGNATURE: rule(
    'CSG-SIG-NO-SIGNATURE',
    'Image has no cosign signature',
    'No signature is attached to this image in its registry. Sign it in the pipeline that builds it (`cosign sign --yes <image>@<digest>`), push the signature to the same registry (or set COSIGN_REPOSITORY where signatures live elsewhere), and verify the digest that was signed.'
  ),
  IDENTITY_MISMATCH: rule(
    'CSG-SIG-IDENTITY-MISMATCH',
    'Image was signed by an unexpected identity',
    'The signing certificate names a different subject (workflow, e-mail or service account) than `cosign-certificate-identity` / `cosign-certificate-identity-regexp` allows. Check who signed the image; if the signer is legitimate, widen the expected identity, otherwise treat the image as untrusted.'
  ),
  ISSUER_MISMATCH: rule(
    'CSG-SIG-ISSUER-MISMATCH',
    'Image was signed through an unexpected OIDC issuer',
    'The signing certificate was issued for a token from a different OIDC issuer than `cosign-certificate-oidc-issuer` / `cosign-certificate-oidc-issuer-regexp` allows (for GitHub Actions: https://token.actions.githubusercontent.com). Check the issuer the signer used.'
  ),
  TLOG_MISSING: rule(
    'CSG-SIG-TLOG-MISSING',
    'Signature is not in the transparency log',
    'The signature verifies but has no entry in the Rekor transparency log, so nobody can audit when it was made. Re-sign with transparency-log upload on (the default since cosign 2.0); only if the image is deliberately signed offline, verify it with a private Rekor instance via `cosign-rekor-url`.'
  ),
  WRONG_KEY: rule(
    'CSG-SIG-WRONG-KEY',
    'Image was signed with a different key',
    'The image carries a signature, but from a key other than the one configured in `cosign-key`. Check that the configured public key belongs to the signer (key rotation, wrong environment), or treat the image as untrusted.'
  ),
  INVALID_SIGNATURE: rule(
    'CSG-SIG-INVALID-SIGNATURE',
    'Image signature does not verify',
    'A signature is attached but does not verify against the configured key or certificate: the image or its signature was changed after signing, or it was signed with another key. Rebuild and re-sign the image, and check the configured key.'
  ),
  CLAIMS_MISMATCH: rule(
    'CSG-SIG-CLAIMS-MISMATCH',
    'Signature claims do not match the expected annotations',
    'The signature verifies but its payload lacks an annotation that verification required. Sign with the expected annotations (`cosign sign -a key=value`) or correct the expected ones.'
  ),
  NO_ATTESTATION: rule(
    'CSG-SIG-NO-ATTESTATION',
    'Image has no verified attestation of the required type',
    'No attestation of a type listed in `cosign-attestation-types` verifies for this image. Attach one in the build pipeline (`cosign attest --type <type> --predicate <file>`), signed by the same key or identity as the image.'
  )
}
