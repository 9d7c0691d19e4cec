/** The RPM-family package managers and what their installs look like. */
import type { PkgCommand } from './pkg.js'

/** yum, dnf, tdnf and microdnf share their options. */
export const YUM_LIKE = new Set(['yum', 'dnf', 'tdnf', 'microdnf'])

/** An install by yum, dnf, tdnf, microdnf or zypper. */
export function isRpmInstall(c: PkgCommand): boolean {
  if (YUM_LIKE.has(c.manager)) return c.sub === 'install'
  if (c.manager === 'zypper') return c.sub === 'install' || c.sub === 'in'

  return false
}

/** A call that leaves downloaded packages or metadata in the cache. */
export function fillsCache(c: PkgCommand): boolean {
  if (YUM_LIKE.has(c.manager)) return c.sub === 'install'
  if (c.manager === 'zypper')
    return [
      'install',
      'in',
      'remove',
      'rm',
      'patch',
      'source-install',
      'si'
    ].includes(c.sub)

  return false
}

/** A call that empties that cache. */
export function cleansCache(c: PkgCommand): boolean {
  if (YUM_LIKE.has(c.manager))
    return c.sub === 'clean' && c.operands[0] === 'all'
  if (c.manager === 'zypper') return c.sub === 'clean' || c.sub === 'cc'

  return false
}
