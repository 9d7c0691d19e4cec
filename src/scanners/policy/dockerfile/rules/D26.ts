import { defineRule } from '../define.js'
import {
  commandsByRun,
  hitAtCommand,
  hitsOf,
  type RunCommand
} from '../helpers.js'
import { pkgCommand } from './pkg.js'

// The first `apt-get <sub>` / `apt <sub>` among `runs`.
function aptCall(runs: readonly RunCommand[], sub: string) {
  return runs.find((r) => {
    const c = pkgCommand(r)

    return (
      c && (c.manager === 'apt-get' || c.manager === 'apt') && c.sub === sub
    )
  })
}

/** CSG-D26: apt lists left in the layer. */
export const rule = defineRule({
  id: 'CSG-D26',
  concern: 'D26',
  title: 'apt lists not removed after install',
  severity: 'LOW',
  precision: 'high',
  peers: ['DL3009', 'remove-package-lists'],
  tags: ['image-size'],
  docs: {
    why: 'apt-get update downloads package lists (tens of MB) that stay in the layer unless removed in the same RUN, and go stale anyway.',
    fix: 'End the RUN with `&& rm -rf /var/lib/apt/lists/*`, or use a cache mount (`RUN --mount=type=cache,target=/var/lib/apt/lists ...`).',
    failing:
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    passing:
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n',
    differences: [
      'Every stage is checked (hadolint only the final one): build-stage lists cost cache space. A cache mount on /var/lib/apt counts as cleanup.',
      'A RUN that updates the lists without installing (`apt-get update && apt-get upgrade`) is flagged too, as hadolint does.'
    ]
  },
  check(doc) {
    return hitsOf(commandsByRun(doc), (runs) => {
      // The install if there is one, else the update that fetched the lists.
      const install = aptCall(runs, 'install') ?? aptCall(runs, 'update')
      if (!install) return undefined
      const cleaned = runs.some(
        (r) =>
          r.name === 'rm' &&
          r.argv.some((a) => a.startsWith('/var/lib/apt/lists'))
      )
      const cached = install.instruction.flags.some(
        (f) => f.name === 'mount' && /\/var\/lib\/apt/.test(f.value ?? '')
      )
      if (cleaned || cached) return undefined

      return [
        hitAtCommand(
          doc,
          install,
          'apt lists stay in this layer; end the RUN with rm -rf /var/lib/apt/lists/*.'
        )
      ]
    })
  }
})
