import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Config, ImageSpec } from '../config/config.js'
import { errorText } from '../errors.js'
import type { Logger } from '../logging.js'
import { resolveDigest } from '../tools/registry/index.js'
import { registryEnv } from '../tools/registry-env.js'
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

  const dockerfiles = select(
    files,
    config.dockerfiles,
    isDockerfileName,
    'dockerfiles'
  )
  const composeFiles = select(
    files,
    config.composeFiles,
    isComposeName,
    'compose-files'
  )
  const scripts = files.filter(isScriptCandidate)
  const builds = await composeBuilds(root, composeFiles, logger)
  const images = await Promise.all(
    config.images.map(async (image) => {
      const planned = await planImage(image, {
        root,
        dockerfiles,
        builds,
        logger
      })

      return config.resolveDigests === false
        ? planned
        : withDigest(planned, config, logger)
    })
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

/**
 * Pins a registry image to the digest its tag points at now, so that Trivy
 * scans and cosign verifies the same bytes. When the registry cannot be
 * asked, the tag is kept: the scanners then report their own access errors,
 * which fail the gate, so nothing passes unverified.
 */
async function withDigest(
  image: PlannedImage,
  config: Config,
  logger: Logger
): Promise<PlannedImage> {
  if (image.archive) return image

  try {
    const { digest } = await resolveDigest(image.ref, {
      logger,
      env: registryEnv(config)
    })

    return { ...image, digest }
  } catch (error) {
    logger.warning(
      `Could not resolve ${image.ref} to a digest (${errorText(error)}); the scanners will look the tag up themselves.`
    )

    return image
  }
}
