import { defineRule } from '../define.js'
import { hitAtCommand, hitsOf } from '../helpers.js'
import { packageNames, docPkgCommands } from './pkg.js'
import { isRpmInstall } from './rpm.js'

/** CSG-D33-PIN: yum/dnf/zypper packages without a version. */
export const rule = defineRule({
  id: 'CSG-D33-PIN',
  concern: 'D33',
  title: 'yum/dnf/zypper package version not pinned',
  severity: 'LOW',
  precision: 'high',
  peers: ['DL3033', 'DL3037', 'DL3041'],
  tags: ['reproducibility'],
  docs: {
    why: 'Unpinned packages make each build install whatever the repository has that day, so two builds of the same commit differ.',
    fix: 'Pin versions: `dnf install -y httpd-2.4.57` (yum/dnf/tdnf/microdnf) or `zypper install -y "curl=8.6.0"`.',
    failing: 'FROM rockylinux:9\nRUN dnf install -y httpd && dnf clean all\n',
    passing:
      'FROM rockylinux:9\nRUN dnf install -y httpd-2.4.57 && dnf clean all\n',
    differences: [
      'A yum-style version is recognised by a dash followed by a digit (`name-1.2`); module streams and groups (`@...`) are not flagged.'
    ]
  },
  check(doc) {
    return hitsOf(docPkgCommands(doc), (c) => {
      if (!isRpmInstall(c)) return undefined
      const pinned =
        c.manager === 'zypper'
          ? (p: string) => /[=<>]/.test(p)
          : (p: string) => /-\d/.test(p)
      const loose = packageNames(c).filter(
        (p) => !pinned(p) && !p.startsWith('@')
      )

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
