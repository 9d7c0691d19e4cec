import { UserError } from '../../errors.js'

/** An image reference split into the parts the registry API needs. */
export interface ImageRef {
  /** `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  readonly registry: string
  /** `library/alpine`, `acme/api`. */
  readonly repository: string
  /** Absent when only a digest was given. */
  readonly tag?: string
  /** `sha256:<hex>` when given. */
  readonly digest?: string
}

const DOCKER_HUB = 'docker.io'
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const TAG = /^[\w][\w.-]{0,127}$/
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/
const ACCEPTED =
  'accepted: [registry[:port]/]name[:tag][@sha256:<64 hex>], e.g. ghcr.io/acme/api:1.2 or alpine@sha256:…'

/**
 * Splits an image reference the way Docker does: a first component with a
 * dot, a colon or `localhost` is the registry, else Docker Hub, whose
 * single-name images live under `library/`. Without tag or digest the tag
 * is `latest`. Throws a `UserError` for a malformed reference.
 */
export function parseImageRef(ref: string): ImageRef {
  const input = ref.trim()
  const [namePart = '', digest, extra] = input.split('@')
  if (extra !== undefined || (digest !== undefined && !DIGEST.test(digest))) {
    throw invalid(ref, 'bad digest')
  }

  const slash = namePart.indexOf('/')
  const first = slash >= 0 ? namePart.slice(0, slash) : ''
  const isRegistry =
    slash >= 0 &&
    (first.includes('.') || first.includes(':') || first === 'localhost')
  let registry = isRegistry ? first : DOCKER_HUB
  let rest = isRegistry ? namePart.slice(slash + 1) : namePart
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') {
    registry = DOCKER_HUB
  }

  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!TAG.test(tag)) throw invalid(ref, `bad tag "${tag}"`)
  }
  if (!rest || !rest.split('/').every((c) => COMPONENT.test(c))) {
    throw invalid(
      ref,
      'bad repository name (lowercase letters, digits, . _ - and /)'
    )
  }
  if (registry === DOCKER_HUB && !rest.includes('/')) rest = `library/${rest}`
  if (tag === undefined && digest === undefined) tag = 'latest'

  return { registry, repository: rest, tag, digest }
}

function invalid(ref: string, why: string): UserError {
  return new UserError(
    `Image reference "${ref}" is not valid (${why}); ${ACCEPTED}`,
    'images'
  )
}

/** `registry/repository`, the name without tag or digest. */
export function repositoryName(ref: ImageRef): string {
  return `${ref.registry}/${ref.repository}`
}

/** The canonical text: `registry/repository[:tag][@digest]`. */
export function formatImageRef(ref: ImageRef): string {
  const tag = ref.tag !== undefined ? `:${ref.tag}` : ''
  const digest = ref.digest !== undefined ? `@${ref.digest}` : ''

  return `${repositoryName(ref)}${tag}${digest}`
}

/** `registry/repository@digest`: the immutable form to scan and verify. */
export function pinnedRef(ref: ImageRef, digest: string): string {
  return `${repositoryName(ref)}@${digest}`
}

/** The host that serves the registry API (Docker Hub's differs from its name). */
export function registryHost(registry: string): string {
  return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry
}
