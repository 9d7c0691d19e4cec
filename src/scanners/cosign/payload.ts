/** What one verified signature's payload says, in any cosign release. */
export interface SignaturePayload {
  /** `sha256:<hex>` of the manifest that was signed. */
  readonly digest?: string
  /** The repository the signer named (`critical.identity`). */
  readonly dockerReference?: string
  /** The certificate subject: workflow URL, e-mail or SPIFFE id. */
  readonly subject?: string
  readonly issuer?: string
  /** `owner/repo` when signed in GitHub Actions. */
  readonly workflowRepository?: string
  readonly workflowRef?: string
  /** The in-toto predicate type, for attestations. */
  readonly predicateType?: string
}

// Fulcio's OIDC issuer extension: the v1 OID holds the raw string, v2
// (…1.8) a DER string that cosign prints decoded.
const ISSUER_OIDS = ['1.3.6.1.4.1.57264.1.1', '1.3.6.1.4.1.57264.1.8']
const WORKFLOW_REPOSITORY_OID = '1.3.6.1.4.1.57264.1.5'
const WORKFLOW_REF_OID = '1.3.6.1.4.1.57264.1.6'

type Json = Record<string, unknown>

/**
 * Reads the stdout of `cosign verify --output json` or
 * `cosign verify-attestation`: a JSON array (cosign 1.x-3.x), or one bare
 * object per line (early 1.x). Returns undefined when the text holds no
 * payload at all, so that a caller can treat it as unknown output.
 */
export function parsePayloads(stdout: string): SignaturePayload[] | undefined {
  const items = parseJsonItems(stdout)
  if (!items || items.length === 0) return undefined

  const payloads = items.map(toPayload)

  return payloads.every((p) => p !== undefined) ? payloads : undefined
}

function parseJsonItems(text: string): unknown[] | undefined {
  const trimmed = text.trim()
  if (!trimmed) return undefined
  try {
    const whole: unknown = JSON.parse(trimmed)

    return Array.isArray(whole) ? whole : [whole]
  } catch {
    // Not one document: try one document a line below.
  }

  const items: unknown[] = []
  for (const line of trimmed.split(/\r?\n/)) {
    const l = line.trim()
    if (!l) continue
    try {
      const item: unknown = JSON.parse(l)
      if (Array.isArray(item)) items.push(...item)
      else items.push(item)
    } catch {
      return undefined
    }
  }

  return items
}

function toPayload(item: unknown): SignaturePayload | undefined {
  if (!isObject(item)) return undefined
  if (typeof item.payloadType === 'string') return attestationPayload(item)

  const critical = field(item, 'critical')
  if (!isObject(critical)) return undefined
  const image = field(critical, 'image')
  const identity = field(critical, 'identity')
  const optional = field(item, 'optional')
  const opt: Json = isObject(optional) ? optional : {}

  return {
    digest: normaliseDigest(str(image, 'docker-manifest-digest')),
    dockerReference: str(identity, 'docker-reference') || undefined,
    subject: str(opt, 'subject'),
    issuer: str(opt, 'issuer') ?? firstOf(opt, ISSUER_OIDS),
    workflowRepository:
      str(opt, 'githubWorkflowRepository') ??
      firstOf(opt, [WORKFLOW_REPOSITORY_OID]),
    workflowRef:
      str(opt, 'githubWorkflowRef') ?? firstOf(opt, [WORKFLOW_REF_OID])
  }
}

// verify-attestation prints DSSE envelopes; the statement is base64 JSON.
function attestationPayload(envelope: Json): SignaturePayload {
  const encoded = envelope.payload
  if (typeof encoded !== 'string') return {}
  try {
    const statement: unknown = JSON.parse(
      Buffer.from(encoded, 'base64').toString('utf8')
    )
    if (!isObject(statement)) return {}
    const subjects = statement.subject
    const first = Array.isArray(subjects) ? subjects[0] : undefined
    const digest = isObject(first) ? field(first, 'digest') : undefined

    return {
      predicateType: str(statement, 'predicateType'),
      digest: normaliseDigest(str(digest, 'sha256'))
    }
  } catch {
    return {}
  }
}

/** `sha256:<hex>` from either that or bare hex (legacy payloads). */
export function normaliseDigest(value: string | undefined): string | undefined {
  if (!value) return undefined
  if (/^[0-9a-f]{64}$/i.test(value)) return `sha256:${value.toLowerCase()}`

  return value
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// Old payloads capitalise keys (`Critical`, `Docker-manifest-digest`).
function field(obj: unknown, name: string): unknown {
  if (!isObject(obj)) return undefined
  const lower = name.toLowerCase()
  const key = Object.keys(obj).find((k) => k.toLowerCase() === lower)

  return key === undefined ? undefined : obj[key]
}

function str(obj: unknown, name: string): string | undefined {
  const value = field(obj, name)

  return typeof value === 'string' ? value : undefined
}

function firstOf(obj: Json, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = obj[key]
    if (typeof value === 'string' && value) return value
  }

  return undefined
}
