/** Which base image a stage pulls from a registry, if any. */
import { parseImageRef, type ImageRef } from '../image.js'
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

/**
 * Like `externalBase`, but also when an unset build argument leaves only
 * the tag or digest unknown: the registry and repository are still known
 * when they are written without variables (`quay.io/x/y:${VERSION}`).
 */
export function externalName(stage: Stage): ImageRef | undefined {
  const image = stage.image
  if (stage.baseStage !== undefined) return undefined
  if (image.text === '' || image.text.toLowerCase() === 'scratch') {
    return undefined
  }
  const unresolved =
    stage.undefinedArgs.length > 0 || image.tag === '' || image.digest === ''
  if (!unresolved) return image
  const written = parseImageRef(stage.rawImage)
  const name = `${written.registry}/${written.repository}`

  return name.includes('$') ? undefined : image
}
