import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** The binaries a real loopback registry needs (Debian packages). */
export const REGISTRY_BINARIES = ['docker-registry', 'skopeo', 'umoci']

/** Install command for CI (`.ci/run`) when they are missing. */
export const INSTALL_COMMAND =
  'apt-get update && apt-get install -y docker-registry skopeo umoci'

/** Which of the binaries are missing from /usr/bin and /usr/local/bin. */
export function missingBinaries(): string[] {
  return REGISTRY_BINARIES.filter(
    (b) =>
      !['/usr/bin', '/usr/local/bin'].some((d) => existsSync(path.join(d, b)))
  )
}

/** A Debian `docker-registry` on 127.0.0.1, storing in a temp folder. */
export interface LoopbackRegistry {
  /** `127.0.0.1:<port>`. */
  readonly host: string
  /** Builds a small OCI image with umoci and pushes it as `name:tag`; returns its digest. */
  push(name: string, tag: string, label: string): Promise<string>
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Starts the registry and waits until `/v2/` answers. */
export async function startLoopbackRegistry(): Promise<LoopbackRegistry> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'csg-registry-'))
  const port = await freePort()
  const host = `127.0.0.1:${port}`
  const config = path.join(dir, 'config.yml')
  await writeFile(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: error',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${path.join(dir, 'data')}`,
      'http:',
      `  addr: ${host}`,
      ''
    ].join('\n')
  )
  const child: ChildProcess = spawn('docker-registry', ['serve', config], {
    stdio: 'ignore'
  })
  const stop = async () => {
    child.kill('SIGTERM')
    await rm(dir, { recursive: true, force: true })
  }

  const deadline = Date.now() + 10_000
  for (;;) {
    try {
      const r = await fetch(`http://${host}/v2/`)
      if (r.status === 200) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`docker-registry did not start on ${host}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }

  const push = async (name: string, tag: string, label: string) => {
    const layout = path.join(
      dir,
      `layout-${name.replace(/\W/g, '_')}-${tag}-${label}`
    )
    execFileSync('umoci', ['init', '--layout', layout])
    execFileSync('umoci', ['new', '--image', `${layout}:${tag}`])
    execFileSync('umoci', [
      'config',
      '--image',
      `${layout}:${tag}`,
      '--config.label',
      `csg=${label}`
    ])
    execFileSync('skopeo', [
      'copy',
      '--quiet',
      '--dest-tls-verify=false',
      `oci:${layout}:${tag}`,
      `docker://${host}/${name}:${tag}`
    ])
    const inspect = JSON.parse(
      execFileSync(
        'skopeo',
        ['inspect', '--tls-verify=false', `docker://${host}/${name}:${tag}`],
        { encoding: 'utf8' }
      )
    ) as { Digest: string }

    return inspect.Digest
  }

  return { host, push, stop }
}
