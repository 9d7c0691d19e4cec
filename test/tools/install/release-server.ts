import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** How the loopback release server answers one path. */
export type Route =
  | { readonly kind: 'file'; readonly body: Buffer }
  | { readonly kind: 'truncate'; readonly body: Buffer }
  | { readonly kind: 'hang' }
  | { readonly kind: 'status'; readonly status: number }

/** A GitHub-style release download server on 127.0.0.1, for tests. */
export interface ReleaseServer {
  readonly baseUrl: string
  readonly routes: Map<string, Route>
  /** Requests seen, by path. */
  readonly hits: Map<string, number>
  totalHits(): number
  close(): Promise<void>
}

/** Starts the server on a free port; unknown paths answer 404. */
export async function startReleaseServer(): Promise<ReleaseServer> {
  const routes = new Map<string, Route>()
  const hits = new Map<string, number>()
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/'
    hits.set(url, (hits.get(url) ?? 0) + 1)
    const route = routes.get(url) ?? { kind: 'status', status: 404 }
    switch (route.kind) {
      case 'file':
        res.writeHead(200, { 'Content-Length': route.body.length })
        res.end(route.body)
        return
      case 'truncate':
        // Promise the whole file, send half, then drop the connection.
        res.writeHead(200, { 'Content-Length': route.body.length })
        res.write(route.body.subarray(0, route.body.length >> 1), () =>
          res.destroy()
        )
        return
      case 'hang':
        return
      case 'status':
        res.writeHead(route.status)
        res.end(`status ${route.status}`)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    routes,
    hits,
    totalHits: () => [...hits.values()].reduce((a, b) => a + b, 0),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
