/**
 * The CLI's cold start: a fresh `node dist/cli/index.js --version` process,
 * beside a bare `node -e 0` as the floor, median of several runs.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { report } from './measure.js'

const RUNS = 15

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)

  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

function time(args: string[], okCodes: number[] = [0]): number {
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    const result = spawnSync(process.execPath, args, { stdio: 'ignore' })
    samples.push(performance.now() - start)
    if (!okCodes.includes(result.status ?? -1)) {
      throw new Error(`${args.join(' ')} failed`)
    }
  }

  return median(samples)
}

const floor = time(['-e', '0'])
const version = time(['dist/cli/index.js', '--version'])
const help = time(['dist/cli/index.js', '--help'])
// A whole scan of a one-Dockerfile folder with the policy alone: the start
// of a real run, shell parser included.
const repo = mkdtempSync(path.join(tmpdir(), 'csg-bench-start-'))
writeFileSync(path.join(repo, 'Dockerfile'), 'FROM alpine:3.20\nUSER 10001\n')
const scan = time(
  [
    'dist/cli/index.js',
    'scan',
    repo,
    '--scanners',
    'policy',
    '--sarif-file',
    path.join(repo, 'out.sarif')
  ],
  [0, 1]
)
rmSync(repo, { recursive: true, force: true })

report('node -e 0 (floor), median ms', floor.toFixed(1))
report('cli --version cold start, median ms', version.toFixed(1))
report('cli --help cold start, median ms', help.toFixed(1))
report('cli start over the floor, ms', (version - floor).toFixed(1))
report('cli scan of one Dockerfile (policy), median ms', scan.toFixed(1))
