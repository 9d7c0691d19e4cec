import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A registry that demands a bearer token from its own token service. */
export interface TokenRegistry {
  readonly host: string
  readonly manifest: Buffer
  readonly digest: string
  /** Paths requested, with their Authorization header (for assertions). */
  readonly requests: { method: string; path: string; authorization?: string }[]
  close(): Promise<void>
}

/**
 * Serves `/v2/acme/app/manifests/1.0` only with `Bearer <token>`, and hands
 * the token out at `/token` only for basic `user:password`. With
 * `omitDigestOnHead` it leaves Docker-Content-Digest off HEAD answers, as
 * some registries do.
 */
export async function startTokenRegistry(
  user: string,
  password: string,
  token: string,
  omitDigestOnHead = false
): Promise<TokenRegistry> {
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {},
      layers: []
    })
  )
  const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`
  const requests: TokenRegistry['requests'] = []
  let origin = ''
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin)
    requests.push({
      method: req.method ?? '',
      path: url.pathname + url.search,
      authorization: req.headers.authorization
    })
    if (url.pathname === '/token') {
      const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
      const scopeOk =
        url.searchParams.get('scope') === 'repository:acme/app:pull'
      if (req.headers.authorization !== expected || !scopeOk) {
        res.writeHead(401).end()
        return
      }
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ token }))
      return
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      res.writeHead(401, {
        'WWW-Authenticate': `Bearer realm="${origin}/token",service="csg-test",scope="repository:acme/app:pull"`
      })
      res.end()
      return
    }
    if (url.pathname !== '/v2/acme/app/manifests/1.0') {
      res.writeHead(404).end()
      return
    }
    const headers: Record<string, string | number> = {
      'Content-Type': 'application/vnd.oci.image.manifest.v1+json',
      'Content-Length': manifest.length
    }
    if (!(omitDigestOnHead && req.method === 'HEAD'))
      headers['Docker-Content-Digest'] = digest
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : manifest)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`

  return {
    host: `127.0.0.1:${port}`,
    manifest,
    digest,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
