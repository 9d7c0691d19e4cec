import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Config, ImageSpec } from '../config/config.js'
import type { Logger } from '../logging.js'
import { finalStageFromLine } from '../scanners/policy/index.js'
import {
  isDockerfileName,
  isComposeName,
  listFiles,
  select
} from './discover.js'
import { composeBuilds, repositoryOf } from './pairing.js'
import type { Plan, PlannedImage } from './plan.js'
import { isScriptCandidate } from '../scanners/policy/runlines/index.js'

export type { Plan, PlannedImage } from './plan.js'

/**
 * Decides what this run scans: the Dockerfiles, Compose files and scripts
 * found or named, and each image with the Dockerfile that builds it.
 */
export async function buildPlan(config: Config, logger: Logger): Promise<Plan> {
  const root = config.path
  const { files, truncated } = await listFiles(root, config.trivy.skipDirs)
  if (truncated) {
    logger.warning(
      `Stopped looking for files after ${files.length}: name dockerfiles and compose-files explicitly in a repository this large.`
    )
  }

  const dockerfiles = select(files, config.dockerfiles, isDockerfileName)
  const composeFiles = select(files, config.composeFiles, isComposeName)
  const scripts = files.filter(isScriptCandidate)
  const builds = await composeBuilds(root, composeFiles, logger)
  const images = await Promise.all(
    config.images.map((image) =>
      planImage(image, { root, dockerfiles, builds, logger })
    )
  )
  logger.info(
    `Plan: ${dockerfiles.length} Dockerfile(s), ${composeFiles.length} Compose file(s), ${scripts.length} script(s), ${images.length} image(s).`
  )

  return { root, dockerfiles, composeFiles, scripts, images }
}

interface PairingContext {
  readonly root: string
  readonly dockerfiles: readonly string[]
  readonly builds: Awaited<ReturnType<typeof composeBuilds>>
  readonly logger: Logger
}

async function planImage(
  image: ImageSpec,
  context: PairingContext
): Promise<PlannedImage> {
  const dockerfile = image.dockerfile ?? pairDockerfile(image, context)
  if (!dockerfile) return image

  const fromLine = await readFile(path.join(context.root, dockerfile), 'utf8')
    .then((text) => finalStageFromLine(text))
    .catch(() => undefined)

  return { ...image, dockerfile, fromLine }
}

function pairDockerfile(
  image: ImageSpec,
  { dockerfiles, builds, logger }: PairingContext
): string | undefined {
  const repository = repositoryOf(image.ref)
  const build = builds.find((b) => repositoryOf(b.image) === repository)
  if (build && dockerfiles.includes(build.dockerfile)) {
    logger.info(
      `Paired ${image.ref} with ${build.dockerfile} (a Compose service builds it).`
    )

    return build.dockerfile
  }

  if (dockerfiles.length === 1) {
    logger.info(
      `Paired ${image.ref} with ${dockerfiles[0]}, the only Dockerfile; write ${image.ref}=PATH in images to choose another.`
    )

    return dockerfiles[0]
  }

  return undefined
}
