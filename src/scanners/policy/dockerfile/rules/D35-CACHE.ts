import { defineRule } from '../define.js'
import { commandsByRun, hitAtCommand, hitsOf } from '../helpers.js'
import { pkgCommands } from './pkg.js'

/** CSG-D35-CACHE: yarn install leaves its cache in the layer. */
export const rule = defineRule({
  id: 'CSG-D35-CACHE',
  concern: 'D35',
  title: 'yarn cache not cleaned after install',
  severity: 'LOW',
  precision: 'high',
  peers: ['DL3060'],
  tags: ['image-size'],
  docs: {
    why: 'yarn keeps every downloaded package in its cache folder, inside the layer, unless it is cleaned in the same RUN.',
    fix: 'End the RUN with `&& yarn cache clean`, or use a cache mount.',
    failing: 'FROM node:22-slim\nRUN yarn install --frozen-lockfile\n',
    passing:
      'FROM node:22-slim\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
    differences: [
      'The clean must run after the last install of the RUN, and `yarn global add` counts as an install.'
    ]
  },
  check(doc) {
    return hitsOf(commandsByRun(doc), (runs) => {
      const calls = pkgCommands(runs).filter((c) => c.manager === 'yarn')
      // Only a clean after the last install empties what the installs
      // downloaded.
      const last = calls.findLastIndex(
        (c) => c.sub === 'install' || c.sub === 'add' || c.sub === ''
      )
      const install = calls[last]
      if (!install) return undefined
      const cleaned = calls
        .slice(last + 1)
        .some((c) => c.sub === 'cache' && c.operands[0] === 'clean')
      const mounted = install.run.instruction.flags.some(
        (f) => f.name === 'mount' && /type=cache/.test(f.value ?? '')
      )

      return cleaned || mounted
        ? []
        : [
            hitAtCommand(
              doc,
              install.run,
              'yarn leaves its cache in the layer; end the RUN with yarn cache clean.'
            )
          ]
    })
  }
})
