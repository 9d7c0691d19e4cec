import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { parse } from 'yaml'

import type { Logger } from '../logging.js'

/** An image a Compose service builds, and the Dockerfile it builds with. */
export interface ComposeBuild {
  readonly image: string
  readonly dockerfile: string
}

/** The repository part of an image reference, without tag or digest. */
export function repositoryOf(ref: string): string {
  const noDigest = ref.split('@')[0] ?? ref
  const lastSlash = noDigest.lastIndexOf('/')
  const colon = noDigest.indexOf(':', lastSlash + 1)

  return colon >= 0 ? noDigest.slice(0, colon) : noDigest
}

/**
 * Reads `image:` and `build:` of each Compose service, so that an image
 * given without a Dockerfile can be paired with the one that builds it.
 * A file that does not parse is left to the policy scanner to report.
 */
export async function composeBuilds(
  root: string,
  files: readonly string[],
  logger: Logger
): Promise<ComposeBuild[]> {
  const builds: ComposeBuild[] = []
  for (const file of files) {
    try {
      const text = await readFile(path.join(root, file), 'utf8')
      const doc = parse(text, { maxAliasCount: 100 }) as unknown
      builds.push(...buildsOf(doc, path.posix.dirname(file)))
    } catch (error) {
      logger.debug(`Pairing skipped ${file}: ${String(error)}`)
    }
  }

  return builds
}

function buildsOf(doc: unknown, dir: string): ComposeBuild[] {
  const services = (doc as { services?: unknown } | null)?.services
  if (!services || typeof services !== 'object') return []

  const builds: ComposeBuild[] = []
  for (const service of Object.values(services as Record<string, unknown>)) {
    const s = service as { image?: unknown; build?: unknown } | null
    if (typeof s?.image !== 'string' || !s.build) continue

    const build = typeof s.build === 'string' ? { context: s.build } : s.build
    const { context = '.', dockerfile = 'Dockerfile' } = build as {
      context?: string
      dockerfile?: string
    }
    const file = path.posix.normalize(path.posix.join(dir, context, dockerfile))
    builds.push({ image: s.image, dockerfile: file })
  }

  return builds
}
