import { createHash } from 'node:crypto'

import { ScannerError } from '../../errors.js'
import type { Logger } from '../../logging.js'
import { parseChallenge } from './challenge.js'
import {
  basicAuth,
  credentialsFor,
  type RegistryCredentials
} from './credentials.js'
import {
  parseImageRef,
  pinnedRef,
  registryHost,
  repositoryName,
  type ImageRef
} from './ref.js'

/** How to reach registries. */
export interface ResolveDigestOptions {
  readonly logger: Logger
  /** Per request (default 30 s). */
  readonly timeoutMs?: number
  /**
   * Registries spoken to over plain HTTP. Loopback registries
   * (`localhost`, `127.0.0.1`) always are.
   */
  readonly plainHttp?: readonly string[]
  /** Where credentials come from (default: this process's environment). */
  readonly env?: NodeJS.ProcessEnv
}

/** An image reference pinned to the digest its tag pointed at. */
export interface ResolvedImage {
  /** `registry/repository@sha256:…`. */
  readonly ref: string
  readonly digest: string
}

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ')

const DIGEST = /^sha256:[0-9a-f]{64}$/

/**
 * Resolves `ref`'s tag to the digest of its manifest (an index for
 * multi-platform images) with the OCI distribution API, once, so that every
 * scanner looks at the same bytes. Answers the bearer-token challenge, with
 * basic credentials from the environment when given. A reference that
 * already has a digest is returned pinned without a request; a tag is
 * warned about because it can move.
 */
export async function resolveDigest(
  ref: string,
  options: ResolveDigestOptions
): Promise<ResolvedImage> {
  const image = parseImageRef(ref)
  if (image.digest)
    return { ref: pinnedRef(image, image.digest), digest: image.digest }

  const { logger } = options
  const url = manifestUrl(image, options)
  const creds = credentialsFor(image.registry, logger, options.env)
  const session = new Session(image, creds, options)

  let response = await session.request('HEAD', url)
  let digest = response.headers.get('docker-content-digest') ?? undefined
  if (!digest || !DIGEST.test(digest)) {
    // Some registries leave the header off HEAD answers: hash the manifest.
    response = await session.request('GET', url)
    const body = Buffer.from(await response.arrayBuffer())
    digest = `sha256:${createHash('sha256').update(body).digest('hex')}`
  }
  logger.warning(
    `${ref} names a tag, which can be moved to other content; it is pinned to ${digest} for this run. Use ${repositoryName(image)}@sha256:… to scan exactly what you deploy.`
  )

  return { ref: pinnedRef(image, digest), digest }
}

function manifestUrl(image: ImageRef, options: ResolveDigestOptions): string {
  const host = registryHost(image.registry)
  const hostname = host.replace(/:\d+$/, '')
  const plain =
    hostname === 'localhost' ||
    hostname === '127.0.0.1' ||
    hostname === '[::1]' ||
    (options.plainHttp ?? []).includes(image.registry)

  return `${plain ? 'http' : 'https'}://${host}/v2/${image.repository}/manifests/${image.tag ?? 'latest'}`
}

/** One image's requests, with the authorization the registry asked for. */
class Session {
  private authorization?: string

  constructor(
    private readonly image: ImageRef,
    private readonly creds: RegistryCredentials | undefined,
    private readonly options: ResolveDigestOptions
  ) {}

  async request(method: 'HEAD' | 'GET', url: string): Promise<Response> {
    let response = await this.fetch(method, url, this.authorization)
    if (response.status === 401 && !this.authorization) {
      this.authorization = await this.answer(
        response.headers.get('www-authenticate'),
        url
      )
      response = await this.fetch(method, url, this.authorization)
    }
    if (response.ok) return response

    throw this.statusError(response.status, url)
  }

  private async fetch(
    method: string,
    url: string,
    authorization?: string
  ): Promise<Response> {
    const headers: Record<string, string> = { Accept: ACCEPT }
    if (authorization) headers.Authorization = authorization
    try {
      return await fetch(url, {
        method,
        headers,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000)
      })
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause?.message
      throw new ScannerError(
        'NETWORK',
        'registry',
        `Could not reach ${url}: ${cause ?? (error as Error).message}`,
        {
          hint: 'Check the registry name, that the runner can reach it (proxy, firewall) and its TLS certificate.',
          cause: error
        }
      )
    }
  }

  // Answers the registry's challenge: a bearer token from its realm, or basic.
  private async answer(header: string | null, url: string): Promise<string> {
    const challenge = header ? parseChallenge(header) : undefined
    if (challenge?.scheme === 'basic' && this.creds)
      return basicAuth(this.creds)
    if (challenge?.scheme !== 'bearer' || !challenge.params.realm) {
      throw this.statusError(401, url)
    }

    const token = new URL(challenge.params.realm)
    if (challenge.params.service)
      token.searchParams.set('service', challenge.params.service)
    token.searchParams.set(
      'scope',
      challenge.params.scope ?? `repository:${this.image.repository}:pull`
    )
    const headers: Record<string, string> = {}
    if (this.creds) headers.Authorization = basicAuth(this.creds)
    const response = await this.fetch(
      'GET',
      token.toString(),
      headers.Authorization
    )
    if (!response.ok)
      throw this.statusError(response.status, token.origin + token.pathname)

    const body = (await response.json()) as {
      token?: string
      access_token?: string
    }
    const value = body.token ?? body.access_token
    if (!value) {
      throw new ScannerError(
        'BAD_OUTPUT',
        'registry',
        `The token service at ${token.origin}${token.pathname} returned no token`
      )
    }
    this.options.logger.mask(value)

    return `Bearer ${value}`
  }

  private statusError(status: number, url: string): ScannerError {
    const name = `${this.image.registry}/${this.image.repository}:${this.image.tag ?? 'latest'}`
    if (status === 401 || status === 403) {
      return new ScannerError(
        'REGISTRY_AUTH',
        'registry',
        `The registry refused access to ${name} (HTTP ${status} from ${url})`,
        {
          hint: 'Log in to the registry, or set REGISTRY_USERNAME and REGISTRY_PASSWORD (and REGISTRY_HOST) for the step.'
        }
      )
    }
    if (status === 404) {
      return new ScannerError(
        'NOT_FOUND',
        'registry',
        `${name} was not found in its registry (HTTP 404 from ${url})`,
        {
          hint: 'Check the image name and tag, and that the image was pushed before this step.'
        }
      )
    }

    return new ScannerError(
      'NETWORK',
      'registry',
      `The registry answered HTTP ${status} for ${url}`
    )
  }
}
