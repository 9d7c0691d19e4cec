import type { Scanner, ScanContext } from '../scanner.js'
import type { ScanOutcome } from '../outcome.js'
import { trivyFsArgs } from './args.js'
import { invokeTrivy } from './invoke.js'
import { ingestReports, readsReports } from './reports.js'
import { scanTarget } from './scan-target.js'

/**
 * `trivy fs` over the repository: vulnerable lockfiles, secrets and IaC
 * misconfigurations, one outcome. With `trivy.reports` set, reads those
 * reports instead (one outcome each). It pulls no image, so it is given
 * no registry credentials.
 */
export const trivyFsScanner: Scanner = {
  name: 'trivy-fs',

  async scan(context: ScanContext): Promise<ScanOutcome[]> {
    const { config, plan, logger } = context
    if (readsReports(config)) return ingestReports(context, 'trivy-fs')

    const label = `trivy fs ${plan.root}`
    const outcome = await scanTarget(context, {
      scanner: 'trivy-fs',
      target: { kind: 'repository', name: '.' },
      label,
      run: async (trivy) =>
        invokeTrivy({
          binary: await trivy(),
          label,
          args: (output) => trivyFsArgs(config, plan, output),
          parse: { ignoreUnfixed: config.ignoreUnfixed },
          config,
          logger
        })
    })

    return [outcome]
  }
}
