/** Matching base images against the configured allow-lists. */
import picomatch from 'picomatch'
import type { ImageRef } from '../image.js'

/** True when the image's registry (and path) starts with an entry. */
export function fromTrustedRegistry(
  image: ImageRef,
  trusted: readonly string[]
): boolean {
  const full = `${image.registry}/${image.repository}`.toLowerCase()

  return trusted.some((entry) => {
    const prefix = entry.toLowerCase().replace(/\/+$/, '')

    return full === prefix || full.startsWith(`${prefix}/`)
  })
}

/** The spellings of an image a glob may be written against. */
export function imageNames(image: ImageRef): string[] {
  const tag = image.tag ? `:${image.tag}` : ''
  const digest = image.digest ? `@${image.digest}` : ''
  const full = `${image.registry}/${image.repository}`
  const short =
    image.registry === 'docker.io'
      ? image.repository.replace(/^library\//, '')
      : full

  return [
    ...new Set([
      image.text,
      `${full}${tag}${digest}`,
      `${full}${tag}`,
      `${short}${tag}`,
      full,
      short
    ])
  ]
}

/** True when any spelling of the image matches any glob. */
export function matchesAllowedImage(
  image: ImageRef,
  globs: readonly string[]
): boolean {
  const isMatch = picomatch(globs as string[], { nocase: true })

  return imageNames(image).some((name) => isMatch(name))
}
