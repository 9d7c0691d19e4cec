// Builds dist/: TypeScript to ES modules with tsc, then one bundle per entry
// with ncc (ncc treats TypeScript as CommonJS, so it bundles tsc's output).
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' })
const bin = (name) => `node_modules/.bin/${name}`

rmSync('build/src', { recursive: true, force: true })
run(bin('tsc'), ['-p', 'tsconfig.build.json'])
for (const entry of ['action', 'cli']) {
  rmSync(`dist/${entry}`, { recursive: true, force: true })
  run(bin('ncc'), [
    'build',
    `build/src/${entry}.js`,
    '-o',
    `dist/${entry}`,
    '--license',
    'licenses.txt',
    '--quiet'
  ])
}
