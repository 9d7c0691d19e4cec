import { defineRule } from '../define.js'
import { commandsByRun, hitAtCommand, hitsOf } from '../helpers.js'
import { pkgCommands, type PkgCommand } from './pkg.js'

function isUpdate(c: PkgCommand): boolean {
  if (c.manager === 'apt-get' || c.manager === 'apt' || c.manager === 'apk')
    return c.sub === 'update'
  if (['yum', 'dnf', 'tdnf', 'microdnf'].includes(c.manager))
    return c.sub === 'update' || c.sub === 'makecache'
  if (c.manager === 'zypper')
    return ['refresh', 'ref', 'update', 'up'].includes(c.sub)

  return false
}

function isInstall(c: PkgCommand): boolean {
  return (
    [
      'install',
      'add',
      'in',
      'upgrade',
      'dist-upgrade',
      'full-upgrade',
      'reinstall',
      // apt-get's other installing subcommands.
      'build-dep',
      'satisfy'
    ].includes(c.sub) ||
    (c.manager === 'apk' && c.options.includes('--update'))
  )
}

/** CSG-D27: a RUN refreshes package lists without installing anything. */
export const rule = defineRule({
  id: 'CSG-D27',
  concern: 'D27',
  title: 'Package index update alone in its RUN',
  severity: 'LOW',
  precision: 'high',
  peers: ['DS-0017', 'CKV_DOCKER_5', 'Update Instruction Alone'],
  tags: ['reproducibility'],
  docs: {
    why: 'The layer cache keeps an `apt-get update` RUN from the first build forever, so a later RUN installs from stale lists: old, vulnerable package versions, or failures when they vanish from the mirror.',
    fix: 'Update and install in one RUN: `RUN apt-get update && apt-get install -y --no-install-recommends curl`.',
    failing:
      'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n',
    passing:
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    differences: [
      '`yum/dnf update` and `zypper up` on their own count, as in Trivy; any install or upgrade in the same RUN clears it.'
    ]
  },
  check(doc) {
    return hitsOf(commandsByRun(doc), (runs) => {
      const cmds = pkgCommands(runs)
      const update = cmds.find(isUpdate)
      if (!update || cmds.some(isInstall)) return undefined

      return [
        hitAtCommand(
          doc,
          update.run,
          `${update.manager} ${update.sub} runs without an install in the same RUN, so its lists go stale in the cache.`
        )
      ]
    })
  }
})
