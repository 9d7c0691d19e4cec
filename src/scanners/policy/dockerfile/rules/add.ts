/** What ADD instructions fetch. */
import type { Instruction } from '../model.js'

const REMOTE = /^(https?|ftp):\/\/|^git@|^git:\/\/|^ssh:\/\//i

/** True when an ADD source is a URL or a git repository. */
export function isRemote(source: string): boolean {
  return REMOTE.test(source)
}

/** A path without the quotes Dockerfiles allow around it. */
export function unquote(word: string): string {
  // Most words are not quoted; skip the regular expression for them.
  const first = word[0]
  if (first !== '"' && first !== "'") return word

  return word.replace(/^(["'])(.*)\1$/, '$2')
}

/** The sources of an ADD or COPY (every argument but the last). */
export function sourcesOf(instruction: Instruction): readonly string[] {
  const args = instruction.json ?? instruction.args.map(unquote)

  return args.slice(0, -1)
}

/** The remote sources of an ADD (also its ONBUILD form). */
export function remoteSources(instruction: Instruction): readonly string[] {
  const add = instruction.trigger ?? instruction
  if (add.keyword !== 'ADD') return []

  return sourcesOf(add).filter(isRemote)
}
