import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * The root of the repository `folder` belongs to: the nearest folder at or
 * above it holding `.git`, else `folder` itself. Reports give locations
 * relative to it, as code scanning expects.
 */
export function sourceRootOf(folder: string): string {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir
    if (path.dirname(dir) === dir) return folder
  }
}
