import { defineRule } from '../define.js'
import {
  hitAtCommand,
  hitsOf,
  type RunCommand,
  runCommands
} from '../helpers.js'
import { hasOption, pkgCommand } from './pkg.js'

const RPM_SKIPS = [
  '--nosignature',
  '--nodigest',
  '--noverify',
  '--nofiledigest'
]
const SSL_OFF = /(^|\.)sslverify=(0|false|no)$/i

// What in a package-manager call disables signature or TLS checks.
function disabled(run: RunCommand): string | undefined {
  const { name, argv } = run
  const cmd = pkgCommand(run)
  const words = argv.slice(1).map((w) => w.replace(/^["']|["']$/g, ''))
  if (cmd && (cmd.manager === 'apt-get' || cmd.manager === 'apt')) {
    if (hasOption(cmd, '--allow-unauthenticated', '--force-yes'))
      return 'apt signature checks'
    if (words.some((w) => /AllowUnauthenticated=(true|1|yes)/i.test(w)))
      return 'apt signature checks'
  }
  if (cmd?.manager === 'apk' && hasOption(cmd, '--allow-untrusted'))
    return 'apk signature checks'
  if (name === 'rpm' && words.some((w) => RPM_SKIPS.includes(w)))
    return 'rpm signature or digest checks'
  if (cmd && ['yum', 'dnf', 'tdnf', 'microdnf'].includes(cmd.manager)) {
    if (hasOption(cmd, '--nogpgcheck')) return `${cmd.manager} GPG checks`
    // `--setopt=sslverify=0` (or `--setopt sslverify=0`) on any call turns
    // TLS off for that call, as it does saved by config-manager.
    if (cmd.options.some((o) => SSL_OFF.test(o.replace(/^--setopt=/, ''))))
      return 'repository TLS checks'
  }
  if (
    cmd?.manager === 'zypper' &&
    hasOption(cmd, '--no-gpg-checks', '--allow-unsigned-rpm')
  )
    return 'zypper signature checks'
  const configManager =
    ['yum-config-manager', 'dnf-config-manager'].includes(name) ||
    ((name === 'yum' || name === 'dnf') && words[0] === 'config-manager')
  if (
    configManager &&
    words.some((w) => SSL_OFF.test(w.replace(/^--setopt=/, '')))
  )
    return 'repository TLS checks'

  return undefined
}

/** CSG-D20: package signature or TLS checks disabled. */
export const rule = defineRule({
  id: 'CSG-D20',
  concern: 'D20',
  title: 'Package signature or TLS checks disabled',
  severity: 'HIGH',
  precision: 'very-high',
  peers: [
    'CKV2_DOCKER_7',
    'CKV2_DOCKER_8',
    'CKV2_DOCKER_9',
    'CKV2_DOCKER_10',
    'CKV2_DOCKER_11',
    'CKV2_DOCKER_15'
  ],
  tags: ['supply-chain', 'CWE-347'],
  docs: {
    why: 'Package signatures are what prove a package came from the distribution; turning the check off lets a mirror, proxy or attacker on the path install anything, as root.',
    fix: 'Remove `--allow-unauthenticated`, `--force-yes`, `--allow-untrusted`, `--nogpgcheck`, zypper `--no-gpg-checks`/`--allow-unsigned-rpm`, rpm `--nosignature`/`--nodigest` and `sslverify=0`; import the repository key instead.',
    failing:
      'FROM debian:12\nRUN apt-get install -y --allow-unauthenticated curl\n',
    passing:
      'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n'
  },
  check(doc) {
    return hitsOf(runCommands(doc), (run) => {
      const what = disabled(run)

      return what
        ? [
            hitAtCommand(
              doc,
              run,
              `${run.name} is run with ${what} turned off.`
            )
          ]
        : undefined
    })
  }
})
