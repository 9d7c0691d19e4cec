/**
 * Runs every benchmark in this folder in turn, each in its own process so
 * that one's memory does not inflate another's peak. Prints their figures.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const only = process.argv[2]
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.js'))
  .filter((f) => !only || f.includes(only))
  .sort()

let failed = 0
for (const file of files) {
  process.stdout.write(`\n## ${file.replace(/\.bench\.js$/, '')}\n`)
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', path.join(here, file)],
    { stdio: 'inherit' }
  )
  if (result.status !== 0) failed++
}

process.exit(failed ? 1 : 0)
