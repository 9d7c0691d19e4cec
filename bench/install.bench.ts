/**
 * Installing Trivy from a loopback release server: a release-sized archive
 * (60 MiB of incompressible data, about Trivy's size) downloaded, checked,
 * unpacked and cached; then the same resolve answered from the cache.
 */
import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { RecordingLogger } from '../src/logging.js'
import { FolderToolCache } from '../src/tools/install/cache.js'
import { InstallingToolResolver } from '../src/tools/install/resolver.js'
import { measure, report } from './measure.js'

const V = '9.9.9'
const work = await mkdtemp(path.join(os.tmpdir(), 'csg-bench-install-'))
await writeFile(path.join(work, 'trivy'), randomBytes(60 * 1024 * 1024))
execFileSync('tar', ['-czf', 'a.tar.gz', 'trivy'], { cwd: work })
const archive = await readFile(path.join(work, 'a.tar.gz'))
const sum = createHash('sha256').update(archive).digest('hex')
const dir = `/aquasecurity/trivy/releases/download/v${V}`
const files = new Map<string, Buffer>([
  [`${dir}/trivy_${V}_Linux-64bit.tar.gz`, archive],
  [
    `${dir}/trivy_${V}_checksums.txt`,
    Buffer.from(`${sum}  trivy_${V}_Linux-64bit.tar.gz\n`)
  ]
])
const server = createServer((req, res) => {
  const body = files.get(req.url ?? '')
  res.writeHead(body ? 200 : 404).end(body)
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

const resolver = () =>
  new InstallingToolResolver({
    tools: { trivyVersion: V, cosignVersion: V, downloadBaseUrl: base },
    cache: new FolderToolCache(path.join(work, 'cache')),
    logger: new RecordingLogger(),
    platform: { os: 'linux', arch: 'amd64' },
    env: { PATH: '' }
  })

const cold = await measure(() => resolver().resolve('trivy'))
const warm = await measure(() => resolver().resolve('trivy'))
report('install: archive size', `${(archive.length / 1048576).toFixed(1)} MiB`)
report(
  'install: cold (download, sha256, unpack, cache)',
  `${cold.ms.toFixed(0)} ms, peak +${cold.peakMiB.toFixed(0)} MiB`
)
report(
  'install: warm (cache hit)',
  `${warm.ms.toFixed(1)} ms, peak +${warm.peakMiB.toFixed(0)} MiB`
)

server.close()
await rm(work, { recursive: true, force: true })
