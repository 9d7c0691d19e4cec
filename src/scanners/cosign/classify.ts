import type { FailureCode, FindingCode } from './codes.js'
import { parsePayloads, type SignaturePayload } from './payload.js'

/** What a cosign run printed and how it ended. */
export interface CosignRun {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
}

/** The issuer the user expects, to tell an issuer from a subject mismatch. */
export interface ExpectedIssuer {
  readonly issuer?: string
  readonly issuerRegexp?: string
}

/** One run's verdict: verified with its payloads, or a code and why. */
export type Classification =
  | { readonly code: 'VERIFIED'; readonly payloads: SignaturePayload[] }
  | {
      readonly code: FindingCode | FailureCode
      /** cosign's own reason, one line, for the message. */
      readonly detail: string
    }

type Pattern = readonly [RegExp, FindingCode | FailureCode]

// Checked in order: the first match wins. Panics and auth errors come first
// because their text can quote anything; the generic "no matching
// signatures" wrapper comes last so the reason it wraps decides.
const PATTERNS: readonly Pattern[] = [
  [/^panic: |goroutine \d+ \[running\]/m, 'PANIC'],
  [/\bno signatures found\b/i, 'NO_SIGNATURE'],
  [
    /no matching attestations|none of the attestations matched/i,
    'NO_ATTESTATION'
  ],
  [
    /not found in (the )?transparency log|no tlog entr(y|ies) found/i,
    'TLOG_MISSING'
  ],
  [/comparing public key PEMs|public key .*does not match/i, 'WRONG_KEY'],
  [/expected oidc issuer not found|expected issuer value/i, 'ISSUER_MISMATCH'],
  [
    /expected SAN value|no matching CertificateIdentity|expected identity not found/i,
    'IDENTITY_MISMATCH'
  ],
  [/no matching claims|invalid or missing annotation/i, 'CLAIMS_MISMATCH'],
  [
    /loading public key|pem to public key|PEM decoding failed|no PEM block|reading key|unsupported (public )?key type|loading key/i,
    'INVALID_KEY'
  ],
  [
    /invalid signature|failed to verify signature|verification error|signature mismatch/i,
    'INVALID_SIGNATURE'
  ],
  [
    /\bUNAUTHORIZED\b|\bDENIED\b|authentication required|\b401 Unauthorized|\b403 Forbidden/i,
    'REGISTRY_AUTH'
  ],
  [
    /MANIFEST_UNKNOWN|NAME_UNKNOWN|image tag not found|manifest unknown/i,
    'IMAGE_NOT_FOUND'
  ],
  [
    /dial tcp|no such host|connection refused|connection reset|i\/o timeout|TLS handshake|x509: |context deadline exceeded|network is unreachable/i,
    'NETWORK'
  ],
  [
    /is required|unknown flag|unknown shorthand flag|accepts \d+ arg|requires at least|invalid argument|must be (set|specified|provided)|mutually exclusive|Usage:/,
    'USAGE'
  ],
  [/no matching signatures/i, 'INVALID_SIGNATURE']
]

/**
 * Decides what one `cosign verify` or `verify-attestation` run proved.
 * Exit 0 counts as verified only when stdout holds a payload cosign would
 * print for a verified signature; anything cosign says that is not
 * recognised is `UNKNOWN_OUTPUT`, a failure, never a pass.
 */
export function classifyCosignRun(
  run: CosignRun,
  expected: ExpectedIssuer = {}
): Classification {
  if (run.exitCode === 0) {
    const payloads = parsePayloads(run.stdout)
    if (payloads) return { code: 'VERIFIED', payloads }

    return { code: 'UNKNOWN_OUTPUT', detail: firstLine(run.stdout) }
  }

  const text = `${run.stderr}\n${run.stdout}`
  const detail = errorDetail(text)
  if (/none of the expected identities matched/i.test(text)) {
    return { code: identityOrIssuer(text, expected), detail }
  }
  for (const [pattern, code] of PATTERNS) {
    if (pattern.test(text)) return { code, detail }
  }

  // Killed by a signal, or died before it could say why.
  if (run.exitCode < 0 || run.exitCode >= 128 || !text.trim()) {
    return { code: 'CRASH', detail: detail || `exit code ${run.exitCode}` }
  }

  return { code: 'UNKNOWN_OUTPUT', detail }
}

// cosign names the issuer it found; when the user's expected issuer does not
// match it, the issuer is what differs, else the subject is.
function identityOrIssuer(
  text: string,
  expected: ExpectedIssuer
): 'ISSUER_MISMATCH' | 'IDENTITY_MISMATCH' {
  const got = /with issuer (\S+)/.exec(text)?.[1]
  if (!got) return 'IDENTITY_MISMATCH'

  if (expected.issuer !== undefined && expected.issuer !== got) {
    return 'ISSUER_MISMATCH'
  }
  if (expected.issuerRegexp !== undefined) {
    try {
      if (!new RegExp(expected.issuerRegexp).test(got)) return 'ISSUER_MISMATCH'
    } catch {
      // An expression JavaScript cannot read: leave it to the subject.
    }
  }

  return 'IDENTITY_MISMATCH'
}

const MAX_DETAIL = 400

/**
 * cosign's reason without its wrappers: the `Error:` line and what follows
 * it up to the repeated `error during command execution` line.
 */
export function errorDetail(text: string): string {
  const lines = text.split(/\r?\n/)
  const start = lines.findIndex((l) => /^(Error|error): /.test(l))
  const repeat = /error during command execution: (.*)$/

  let picked: string[]
  if (start >= 0) {
    const rest = lines.slice(start)
    const end = rest.findIndex((l, i) => i > 0 && repeat.test(l))
    picked = end > 0 ? rest.slice(0, end) : rest
    picked[0] = (picked[0] ?? '').replace(/^(Error|error): /, '')
  } else {
    const line = lines.find((l) => repeat.test(l))
    picked = line ? [repeat.exec(line)?.[1] ?? line] : lines
  }
  const joined = picked
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')

  return joined.length > MAX_DETAIL ? `${joined.slice(0, MAX_DETAIL)}…` : joined
}

function firstLine(text: string): string {
  const line = text.trim().split(/\r?\n/)[0] ?? ''

  return line ? line.slice(0, MAX_DETAIL) : 'no output'
}
