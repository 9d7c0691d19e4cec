import type { PlannedImage } from '../../plan/plan.js'
import type { ScanOutcome } from '../outcome.js'
import type { Scanner, ScanContext } from '../scanner.js'
import { pinnedRef, trivyImageArgs } from './args.js'
import { trivyImageEnv } from './env.js'
import { invokeTrivy } from './invoke.js'
import { mapWithLimit } from '../../tools/limit.js'
import { ingestReports, readsReports } from './reports.js'
import { scanTarget } from './scan-target.js'

/**
 * `trivy image` for each image of the plan, at most `config.concurrency`
 * at once: one outcome per image, its findings pointing at the image and
 * at the FROM line of its Dockerfile when the plan knows it.
 */
export const trivyImageScanner: Scanner = {
  name: 'trivy-image',

  async scan(context: ScanContext): Promise<ScanOutcome[]> {
    const { config, plan } = context
    if (readsReports(config)) return ingestReports(context, 'trivy-image')

    if (plan.images.length === 0) {
      context.logger.debug('trivy image: no images to scan')

      return []
    }

    return mapWithLimit(plan.images, config.concurrency, (image) =>
      scanImage(context, image)
    )
  }
}

function scanImage(
  context: ScanContext,
  image: PlannedImage
): Promise<ScanOutcome> {
  const { config, logger } = context
  const label = `trivy image ${image.archive ? image.ref : pinnedRef(image)}`

  return scanTarget(context, {
    scanner: 'trivy-image',
    target: { kind: 'image', name: image.ref },
    label,
    run: async (trivy) =>
      invokeTrivy({
        binary: await trivy(),
        label,
        args: (output) => trivyImageArgs(config, image, output),
        parse: {
          ignoreUnfixed: config.ignoreUnfixed,
          image: {
            ref: image.ref,
            digest: image.digest,
            dockerfile: image.dockerfile,
            fromLine: image.fromLine
          }
        },
        config,
        logger,
        cwd: context.plan.root,
        // An archive is read from disk: no registry needs credentials.
        env: image.archive ? {} : trivyImageEnv(config, image.ref, logger)
      })
  })
}
