/** Which base image a stage pulls from a registry, if any. */
import type { ImageRef } from '../image.js'
import type { Stage } from '../model.js'

/**
 * The stage's base image when it comes from a registry: not `scratch`, not
 * an earlier stage, and not left empty by an unset build argument.
 */
export function externalBase(stage: Stage): ImageRef | undefined {
  const image = stage.image
  if (stage.baseStage !== undefined) return undefined
  if (image.text === '' || image.text.toLowerCase() === 'scratch') {
    return undefined
  }
  // `foo:${TAG}` with TAG unset: the tag is chosen at build time.
  if (image.tag === '' || image.digest === '') return undefined

  return image
}
