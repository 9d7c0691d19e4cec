import { existsSync } from 'node:fs'
import path from 'node:path'

import { UserError } from '../errors.js'
import type { ImageSpec } from './config.js'

// The reference grammar of the OCI distribution spec, simplified: an
// optional registry host (with port), slash-separated lowercase path
// components, an optional tag and an optional digest.
const HOST = '(?:[a-zA-Z0-9.-]+(?::[0-9]+)?|\\[[0-9a-fA-F:]+\\](?::[0-9]+)?)'
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const TAG = '[\\w][\\w.-]{0,127}'
const DIGEST = '[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}'
const REFERENCE = new RegExp(
  `^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*(?::${TAG})?(?:@${DIGEST})?$`
)

const ARCHIVE_SUFFIX = /\.(tar|tar\.gz|tgz)$/i

/** True when `ref` is a well-formed image reference. */
export function isImageReference(ref: string): boolean {
  return ref.length <= 512 && REFERENCE.test(ref)
}

/**
 * Reads the `images` input: `REF`, `REF=DOCKERFILE`, `archive:PATH` or a
 * path ending in .tar. Dockerfiles and archives must exist under `root`.
 */
export function parseImages(
  items: readonly string[],
  root: string
): ImageSpec[] {
  return items.map((item) => parseImage(item, root))
}

function parseImage(item: string, root: string): ImageSpec {
  const eq = item.lastIndexOf('=')
  const ref = (eq >= 0 ? item.slice(0, eq) : item).trim()
  const dockerfile = eq >= 0 ? item.slice(eq + 1).trim() : undefined
  const archivePath = ref.startsWith('archive:')
    ? ref.slice('archive:'.length)
    : ARCHIVE_SUFFIX.test(ref)
      ? ref
      : undefined

  if (dockerfile !== undefined) checkDockerfile(item, dockerfile, root)

  if (archivePath !== undefined) {
    const full = path.resolve(root, archivePath)
    if (!existsSync(full)) {
      throw new UserError(
        `Invalid images entry "${item}": the image archive ${archivePath} does not exist (paths are relative to path).`,
        'images'
      )
    }

    return { ref: full, archive: true, dockerfile: normalise(dockerfile) }
  }

  if (!isImageReference(ref)) {
    throw new UserError(
      `Invalid images entry "${item}": expected an image reference such as registry.example.com/team/app:1.2 or app@sha256:<digest>, optionally followed by =path/to/Dockerfile, or archive:path/to/image.tar.`,
      'images'
    )
  }

  return { ref, archive: false, dockerfile: normalise(dockerfile) }
}

function checkDockerfile(item: string, dockerfile: string, root: string): void {
  const full = path.resolve(root, dockerfile)
  const inside = !path.relative(root, full).startsWith('..')
  if (dockerfile && inside && existsSync(full)) return

  throw new UserError(
    `Invalid images entry "${item}": the Dockerfile "${dockerfile}" does not exist inside path (expected REF=path/to/Dockerfile relative to path).`,
    'images'
  )
}

function normalise(file: string | undefined): string | undefined {
  return file === undefined
    ? undefined
    : path.posix.normalize(file.replaceAll('\\', '/')).replace(/^\.\//, '')
}
