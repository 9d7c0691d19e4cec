/** Upgrades of all installed packages, by package manager. */
import type { PkgCommand } from './pkg.js'

/** `dist-upgrade` and its kin: upgrades that may change the release. */
export function isDistUpgrade(c: PkgCommand): boolean {
  if (c.manager === 'apt-get' || c.manager === 'apt')
    return c.sub === 'dist-upgrade' || c.sub === 'full-upgrade'
  if (c.manager === 'zypper') return c.sub === 'dist-upgrade' || c.sub === 'dup'
  if (c.manager === 'dnf')
    return c.sub === 'distro-sync' || c.sub === 'system-upgrade'

  return false
}

/** Any upgrade of every installed package. */
export function isUpgrade(c: PkgCommand): boolean {
  if (isDistUpgrade(c)) return true
  if (c.manager === 'apt-get' || c.manager === 'apt') return c.sub === 'upgrade'
  // `apk upgrade libssl3` upgrades only the packages it names.
  if (c.manager === 'apk') return c.sub === 'upgrade' && c.operands.length === 0
  if (['yum', 'dnf', 'tdnf', 'microdnf'].includes(c.manager))
    return (
      (c.sub === 'update' || c.sub === 'upgrade') && c.operands.length === 0
    )
  if (c.manager === 'zypper')
    return ['update', 'up', 'patch'].includes(c.sub) && c.operands.length === 0

  return false
}
