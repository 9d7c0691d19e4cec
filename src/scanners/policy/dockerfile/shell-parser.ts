/**
 * The Bash parser: tree-sitter-bash on web-tree-sitter (WebAssembly), loaded
 * once when this module is imported.
 *
 * Chosen by measurement over the npm candidates, parsing six typical RUN
 * bodies and walking each tree for its commands: web-tree-sitter took
 * 158 µs a body; mvdan-sh (Go compiled by GopherJS) parsed in 69-92 µs but
 * reading its tree took about 1 ms a body, since every field access crosses
 * GopherJS's wrappers, and a chain of 300 `&&` took 0.6 s and 1,000
 * overflowed the stack (tree-sitter: 12 ms); sh-syntax (mvdan/sh as
 * WebAssembly) took 14 ms a body; bash-parser could not parse
 * `bash <(wget ...)` at all.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { Language, Parser } from 'web-tree-sitter'

const require = createRequire(import.meta.url)

// The bundles in dist/ carry both .wasm files beside their index.js (the
// build copies them there, as a runner has no node_modules); from source
// they come from their packages.
function wasm(file: string, fromPackage: string): string {
  const beside = fileURLToPath(new URL(file, import.meta.url))

  return existsSync(beside) ? beside : require.resolve(fromPackage)
}

async function load(): Promise<Parser> {
  const runtime = wasm('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm')
  const grammar = wasm(
    'tree-sitter-bash.wasm',
    'tree-sitter-bash/tree-sitter-bash.wasm'
  )
  await Parser.init({ locateFile: () => runtime })
  const parser = new Parser()
  parser.setLanguage(await Language.load(await readFile(grammar)))

  return parser
}

/** The one Bash parser this process uses (parsing is synchronous). */
export const bashParser: Parser = await load()
