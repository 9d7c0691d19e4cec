// Builds dist/: TypeScript to ES modules with tsc, then one bundle per entry
// with ncc (ncc treats TypeScript as CommonJS, so it bundles tsc's output).
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'

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
  restoreBuiltinImports(`dist/${entry}`)
  // The shell parser loads these at run time, beside the bundle.
  copyFileSync(
    'node_modules/web-tree-sitter/tree-sitter.wasm',
    `dist/${entry}/tree-sitter.wasm`
  )
  copyFileSync(
    'node_modules/tree-sitter-bash/tree-sitter-bash.wasm',
    `dist/${entry}/tree-sitter-bash.wasm`
  )
}

// webpack turns `await import('module')` (in web-tree-sitter's loader) into
// a namespace built from the module's own properties, which it skips when
// the module is a function, as node:module is: `createRequire` then comes
// out undefined. Such imports of Node built-ins are put back as they were.
function restoreBuiltinImports(dir) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => `${dir}/${f}`)
  const codes = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]))
  const builtins = new Map()
  const external =
    /\/\*\*\*\/ (\d+):\n[^\n]*\n\n(?:"use strict";\n)?module\.exports = __WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("([\w:/]+)"\);/g
  for (const code of codes.values()) {
    for (const [, id, name] of code.matchAll(external)) builtins.set(id, name)
  }

  for (const [file, code] of codes) {
    const fixed = code.replace(
      /Promise\.resolve\(\/\* import\(\) \*\/\)\.then\((__(?:nccwpck|webpack)_require__)\.t\.bind\(\1, (\d+), \d+\)\)/g,
      (whole, _require, id) =>
        builtins.has(id) ? `import(${JSON.stringify(builtins.get(id))})` : whole
    )
    if (fixed !== code) writeFileSync(file, fixed)
  }
}
