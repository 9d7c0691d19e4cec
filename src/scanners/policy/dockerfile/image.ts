/** Splitting an image reference into registry, repository, tag, digest. */

/** The parts of `registry/repo:tag@sha256:...`. */
export interface ImageRef {
  /** As written after expansion. */
  readonly text: string
  /** `docker.io` when none is written. */
  readonly registry: string
  /** `library/alpine` for official images. */
  readonly repository: string
  readonly tag?: string
  readonly digest?: string
}

/**
 * Parses an image reference the way Docker does: the first path part is a
 * registry only when it has a dot or a colon or is `localhost`, and Docker
 * Hub's other host names mean `docker.io`.
 */
export function parseImageRef(text: string): ImageRef {
  let rest = text
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
  }

  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
  }

  const slash = rest.indexOf('/')
  const first = slash >= 0 ? rest.slice(0, slash) : ''
  const hasRegistry =
    slash >= 0 &&
    (first.includes('.') || first.includes(':') || first === 'localhost')
  const registry = hasRegistry ? dockerHub(first) : 'docker.io'
  let repository = hasRegistry ? rest.slice(slash + 1) : rest
  if (registry === 'docker.io' && !repository.includes('/')) {
    repository = `library/${repository}`
  }

  return {
    text,
    registry,
    repository: repository.toLowerCase(),
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {})
  }
}

// Docker rewrites the legacy `index.docker.io` to `docker.io`; the API host
// `registry-1.docker.io` serves the same repositories.
function dockerHub(registry: string): string {
  const lower = registry.toLowerCase()

  return lower === 'index.docker.io' || lower === 'registry-1.docker.io'
    ? 'docker.io'
    : registry
}
