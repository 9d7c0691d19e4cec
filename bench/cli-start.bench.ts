/**
 * The CLI's cold start: a fresh `node dist/cli/index.js --version` process,
 * beside a bare `node -e 0` as the floor, median of several runs.
 */
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'

import { report } from './measure.js'

const RUNS = 15

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)

  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

function time(args: string[]): number {
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    const result = spawnSync(process.execPath, args, { stdio: 'ignore' })
    samples.push(performance.now() - start)
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed`)
  }

  return median(samples)
}

const floor = time(['-e', '0'])
const version = time(['dist/cli/index.js', '--version'])
const help = time(['dist/cli/index.js', '--help'])

report('node -e 0 (floor), median ms', floor.toFixed(1))
report('cli --version cold start, median ms', version.toFixed(1))
report('cli --help cold start, median ms', help.toFixed(1))
report('cli start over the floor, ms', (version - floor).toFixed(1))
