import { readFileSync } from 'node:fs'
import path from 'node:path'

/** Path of one of our own Trivy fixtures (test/fixtures/trivy). */
export function fixturePath(file: string): string {
  return path.resolve(process.cwd(), 'test/fixtures/trivy', file)
}

/** Text of one of our own Trivy fixtures. */
export function fixtureText(file: string): string {
  return readFileSync(fixturePath(file), 'utf8')
}
