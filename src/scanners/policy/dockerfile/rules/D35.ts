import { defineRule } from '../define.js'
import { hitAtCommand, hitsOf } from '../helpers.js'
import { hasOption, docPkgCommands, type PkgCommand } from './pkg.js'

// The operands of an npm/yarn/gem/go install that name no version.
function unpinned(c: PkgCommand): string[] {
  const named = c.operands.filter(
    (p) =>
      p !== '' && !p.startsWith('$') && !p.startsWith('.') && !p.startsWith('/')
  )
  switch (c.manager) {
    case 'npm':
      if (!['install', 'i', 'add'].includes(c.sub)) return []

      return named.filter(
        (p) =>
          !/^@?[^@]+@.+/.test(p) &&
          !/^(git\+|https?:|file:)/.test(p) &&
          !p.endsWith('.tgz')
      )
    case 'yarn':
      return c.sub === 'add' ? named.filter((p) => !/^@?[^@]+@.+/.test(p)) : []
    case 'gem':
      return c.sub === 'install' && !hasOption(c, '-v', '--version')
        ? named.filter((p) => !p.includes(':'))
        : []
    case 'go':
      return c.sub === 'install' || c.sub === 'get'
        ? named.filter((p) => !p.includes('@'))
        : []
    default:
      return []
  }
}

/** CSG-D35: npm, yarn, gem or go packages installed without a version. */
export const rule = defineRule({
  id: 'CSG-D35',
  concern: 'D35',
  title: 'npm/yarn/gem/go package version not pinned',
  severity: 'LOW',
  precision: 'high',
  peers: ['DL3016', 'DL3028', 'DL3062'],
  tags: ['reproducibility'],
  docs: {
    why: 'A named package installed without a version takes whatever the registry serves that day, including a hijacked or broken release.',
    fix: 'Name versions (`npm install -g pnpm@9.12.0`, `gem install bundler:2.5.22`, `go install golang.org/x/tools/gopls@v0.16.2`) or install from a lockfile (`npm ci`).',
    failing: 'FROM node:22-slim\nRUN npm install -g pnpm\n',
    passing: 'FROM node:22-slim\nRUN npm install -g pnpm@9.12.0\n',
    differences: [
      'Installs from a lockfile (`npm install` with no names, `npm ci`) are not flagged.'
    ]
  },
  check(doc) {
    return hitsOf(docPkgCommands(doc), (c) => {
      const loose = unpinned(c)

      return loose.length
        ? [
            hitAtCommand(
              doc,
              c.run,
              `${c.manager} installs ${loose.join(', ')} without a version.`
            )
          ]
        : undefined
    })
  }
})
