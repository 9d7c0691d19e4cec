import { readFileSync } from 'node:fs'
import path from 'node:path'

/** Folder of real Trivy outputs shared by the team (never copied here). */
export const TRIVY_CORPUS = path.resolve(
  process.cwd(),
  '../shared/corpus/trivy'
)

/** Path of one corpus file. */
export function corpusPath(file: string): string {
  return path.join(TRIVY_CORPUS, file)
}

/** Text of one corpus file. */
export function corpusText(file: string): string {
  return readFileSync(corpusPath(file), 'utf8')
}
