import { defineRule } from '../define.js'
import { hitAtCommand } from '../helpers.js'
import { hasOption, docPkgCommands } from './pkg.js'
import { isRpmInstall } from './rpm.js'

/** CSG-D33-Y: yum/dnf/zypper install without non-interactive flag. */
export const rule = defineRule({
  id: 'CSG-D33-Y',
  concern: 'D33',
  title: 'yum/dnf/zypper install without -y',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['DL3030', 'DL3034', 'DL3038'],
  tags: ['reproducibility'],
  docs: {
    why: 'Without `-y` (zypper: `-n`) the install waits for a confirmation no one can give in a build, and fails or hangs.',
    fix: 'Add `-y` for yum, dnf, tdnf and microdnf; `zypper -n install` or `zypper install -y` for zypper.',
    failing: 'FROM rockylinux:9\nRUN dnf install httpd && dnf clean all\n',
    passing: 'FROM rockylinux:9\nRUN dnf install -y httpd && dnf clean all\n'
  },
  check(doc) {
    return docPkgCommands(doc)
      .filter(
        (c) =>
          isRpmInstall(c) &&
          !hasOption(
            c,
            '-y',
            '--assumeyes',
            '--yes',
            '-n',
            '--non-interactive',
            '--no-confirm'
          )
      )
      .map((c) =>
        hitAtCommand(
          doc,
          c.run,
          `${c.manager} install runs without -y and will wait for an answer.`
        )
      )
  }
})
