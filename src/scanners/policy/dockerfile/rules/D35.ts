import { defineRule } from '../define.js'
import { hitAtCommand, hitsOf } from '../helpers.js'
import { hasOption, docPkgCommands, type PkgCommand } from './pkg.js'

// An npm/yarn name without a version, or with only a dist-tag (`latest`,
// `next`: a bare word not read as `v1...`), which moves with each release.
function npmUnpinned(p: string): boolean {
  const spec = /^@?[^@]+@(.+)$/.exec(p)?.[1]

  return (
    spec === undefined || (/^[A-Za-z][\w.-]*$/.test(spec) && !/^v\d/.test(spec))
  )
}

// A Go version query pinned to a release or a commit, not `@latest`,
// `@upgrade` or a branch.
function goPinned(p: string): boolean {
  const query = p.slice(p.lastIndexOf('@') + 1)

  return (
    p.includes('@') && (/^v\d/.test(query) || /^[0-9a-f]{7,40}$/.test(query))
  )
}

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
          !/^(git\+|https?:|file:)/.test(p) &&
          !p.endsWith('.tgz') &&
          npmUnpinned(p)
      )
    case 'yarn':
      return c.sub === 'add' ? named.filter(npmUnpinned) : []
    case 'gem':
      return c.sub === 'install' && !hasOption(c, '-v', '--version')
        ? named.filter((p) => !p.includes(':'))
        : []
    case 'go':
      return c.sub === 'install' || c.sub === 'get'
        ? named.filter((p) => !goPinned(p))
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
      'Installs from a lockfile (`npm install` with no names, `npm ci`) are not flagged.',
      'A dist-tag (`npm@latest`, `pkg@next`) or a Go query that is not a release or a commit (`@latest`, `@master`) counts as no version: it names whatever the registry serves that day. hadolint DL3016 accepts any `@`.',
      '`yarn global add` is checked like `yarn add`.'
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
