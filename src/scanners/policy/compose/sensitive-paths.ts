import path from 'node:path'

/** Host directories whose mount exposes or lets one change the host. */
const SYSTEM_DIRS = [
  '/etc',
  '/proc',
  '/sys',
  '/dev',
  '/boot',
  '/root',
  '/usr',
  '/lib',
  '/lib64',
  '/bin',
  '/sbin',
  '/home',
  '/run',
  '/var/run',
  '/var/log',
  '/var/lib/docker',
  '/var/lib/containerd',
  '/var/lib/kubelet'
]

/** Credential folders in a home directory (`~/.ssh`...). */
const HOME_SECRETS = [
  '.ssh',
  '.aws',
  '.docker',
  '.kube',
  '.gnupg',
  '.config/gcloud',
  '.azure'
]

/**
 * The sensitive directory a host path is, or is inside of; undefined when
 * it is not sensitive. `/` itself counts; `/opt/app` does not.
 */
export function sensitiveHostDir(source: string): string | undefined {
  const text = source.trim()
  if (
    text.startsWith('~/') ||
    text.startsWith('$HOME/') ||
    text.startsWith('${HOME}/')
  ) {
    const rest = text.slice(text.indexOf('/') + 1)

    return HOME_SECRETS.find(
      (dir) => rest === dir || rest.startsWith(`${dir}/`)
    )
  }
  if (!text.startsWith('/')) return undefined

  const normal = path.posix.normalize(text).replace(/(.)\/+$/, '$1')
  if (normal === '/') return '/'

  return SYSTEM_DIRS.find(
    (dir) => normal === dir || normal.startsWith(`${dir}/`)
  )
}
