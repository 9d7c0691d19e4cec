/** The USER that a stage's image ends up running as. */
import type { DockerfileDoc, Instruction, Stage } from '../model.js'
import { stageLineage } from '../helpers.js'

/**
 * The last USER instruction in effect at the end of `stage`, looking
 * through the earlier stages it is built on.
 */
export function lastUser(
  doc: DockerfileDoc,
  stage: Stage
): Instruction | undefined {
  for (const current of stageLineage(doc, stage)) {
    const users = current.instructions.filter((i) => i.keyword === 'USER')
    const last = users[users.length - 1]
    if (last) return last
  }

  return undefined
}

/** True for `root`, `0`, `root:x`, `0:x` (the user part decides). */
export function isRootUser(value: string): boolean {
  const user = value.split(':')[0]?.trim().toLowerCase() ?? ''

  return user === 'root' || /^0+$/.test(user)
}
