import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'

import picomatch from 'picomatch'

import { UserError } from '../errors.js'

/** Folders never searched: version control, dependencies, vendored code. */
export const ALWAYS_SKIPPED = [
  '.git',
  'node_modules',
  'vendor',
  'third_party',
  '.venv',
  '__pycache__'
]

// A walk stops after this many files so that a huge monorepo cannot stall
// the plan; the count is reported.
const MAX_FILES = 200_000

/** Every file under `root`, repository-relative with forward slashes. */
export async function listFiles(
  root: string,
  skipDirs: readonly string[]
): Promise<{ files: string[]; truncated: boolean }> {
  const skipped = new Set(ALWAYS_SKIPPED)
  const skipPaths = new Set(skipDirs.map((d) => toPosix(d).replace(/\/+$/, '')))
  const files: string[] = []
  const queue = ['']
  while (queue.length > 0 && files.length < MAX_FILES) {
    const dir = queue.shift() as string
    const entries = await readdir(path.join(root, dir), {
      withFileTypes: true
    }).catch(() => [])
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (!skipped.has(entry.name) && !skipPaths.has(rel)) queue.push(rel)
      } else if (entry.isFile() || (await isFileLinkInside(root, rel))) {
        files.push(rel)
      }
    }
  }

  return { files, truncated: files.length >= MAX_FILES }
}

// A link to a file inside the repository counts as that file (a common
// way to name one Dockerfile twice); one leading outside does not, so a
// scan never reads beyond the repository.
async function isFileLinkInside(root: string, rel: string): Promise<boolean> {
  try {
    const target = await realpath(path.join(root, rel))
    const inside = !path.relative(await realpath(root), target).startsWith('..')

    return inside && (await stat(target)).isFile()
  } catch {
    return false
  }
}

const DOCKERFILE_NAME =
  /^(?:(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?|[\w.-]+\.(?:Dockerfile|dockerfile|Containerfile))$/
const NOT_DOCKERFILE = /\.(md|txt|dockerignore|sh|ya?ml|json)$/i
const COMPOSE_NAME = /^(?:docker-)?compose(?:\.[\w-]+)*\.ya?ml$/

/** True when a file name looks like a Dockerfile. */
export function isDockerfileName(file: string): boolean {
  const base = path.posix.basename(file)

  return DOCKERFILE_NAME.test(base) && !NOT_DOCKERFILE.test(base)
}

/** True when a file name looks like a Compose file. */
export function isComposeName(file: string): boolean {
  return COMPOSE_NAME.test(path.posix.basename(file))
}

/**
 * The files matching `globs` when given, else those `isDefault` accepts.
 * A glob that matches no file is an error naming `input`: a setting that
 * selects nothing would let the scan pass having checked nothing.
 */
export function select(
  files: readonly string[],
  globs: readonly string[],
  isDefault: (file: string) => boolean,
  input = 'globs'
): string[] {
  if (globs.length === 0) return files.filter(isDefault)

  for (const glob of globs) {
    const match = picomatch(toPosix(glob), { dot: true })
    if (!files.some((f) => match(f))) {
      throw new UserError(
        `Invalid ${input} entry "${glob}": it matches no file under path (globs are relative to path; .git, node_modules and vendored folders are never searched).`,
        input
      )
    }
  }
  const match = picomatch(globs.map(toPosix), { dot: true })

  return files.filter((f) => match(f))
}

function toPosix(p: string): string {
  return p.replaceAll('\\', '/').replace(/^\.\//, '')
}
