import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { LineCounter, parseDocument } from 'yaml'

import { errorText } from '../../../errors.js'
import type { YMap } from './model.js'
import { YamlLimitError, toYNode } from './yaml-node.js'

/** Larger than any hand-written Compose file or seccomp profile. */
const MAX_BYTES = 4 * 1024 * 1024

/** A YAML (or JSON) file read and converted, or why it could not be. */
export type LoadedYaml =
  | { readonly ok: true; readonly root: YMap; readonly text: string }
  | { readonly ok: false; readonly message: string }

/**
 * Reads a repository file as text, refusing what is too large or binary,
 * so that one odd file becomes an error for that file alone.
 */
export async function readText(
  root: string,
  file: string
): Promise<{ text: string } | { message: string }> {
  let bytes: Buffer
  try {
    bytes = await readFile(path.resolve(root, file))
  } catch (error) {
    return { message: `cannot read the file: ${errorText(error)}` }
  }

  if (bytes.length > MAX_BYTES)
    return { message: `the file is larger than ${MAX_BYTES} bytes` }
  if (bytes.subarray(0, 8192).includes(0))
    return { message: 'the file is binary (it contains NUL bytes), not YAML' }

  return { text: bytes.toString('utf8') }
}

/**
 * Parses YAML with YAML 1.1 scalars (Compose files rely on `yes`/`on`
 * booleans) and merge keys; the top level must be a mapping.
 */
export function parseYamlText(text: string, file: string): LoadedYaml {
  const lines = new LineCounter()
  const doc = parseDocument(text, {
    version: '1.1',
    merge: true,
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true
  })

  const [first] = doc.errors
  if (first) {
    const at = lines.linePos(first.pos[0])
    const where = ` at line ${at.line}, column ${at.col}`

    return { ok: false, message: `invalid YAML${where}: ${first.message}` }
  }

  try {
    const node = toYNode(doc, lines, file)
    if (node?.kind !== 'map')
      return { ok: false, message: 'the top level is not a mapping' }

    return { ok: true, root: node, text }
  } catch (error) {
    if (error instanceof YamlLimitError || error instanceof RangeError)
      return { ok: false, message: `YAML too complex: ${error.message}` }
    throw error
  }
}

/** Reads and parses one file relative to `root`. */
export async function loadYaml(
  root: string,
  file: string
): Promise<LoadedYaml> {
  const read = await readText(root, file)
  if ('message' in read) return { ok: false, message: read.message }

  return parseYamlText(read.text, file)
}
