import { defineRule } from '../define.js'
import { hitAtCommand } from '../helpers.js'
import { docPkgCommands } from './pkg.js'
import { isDistUpgrade, isUpgrade } from './upgrade.js'

/** CSG-D30-UPGRADE: upgrade of all packages in a build (off by default). */
export const rule = defineRule({
  id: 'CSG-D30-UPGRADE',
  concern: 'D30',
  title: 'Package upgrade in a build',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['avoid-apt-get-upgrade', 'Apt Get Upgrade'],
  tags: ['reproducibility'],
  offByDefault: true,
  docs: {
    why: 'Upgrading every package makes builds differ from day to day. Others upgrade on purpose to pick up security fixes before the base image does, which is why this rule is off by default.',
    fix: 'Rely on a recent, pinned base image and rebuild when it changes; or turn the rule off.',
    failing: 'FROM alpine:3.20\nRUN apk upgrade --no-cache\n',
    passing: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1\n',
    differences: [
      'Distribution upgrades are CSG-D30; this rule covers the rest (apt upgrade, apk/yum/dnf upgrade or update without packages, zypper up/patch without packages); upgrading named packages is a targeted fix and is not reported.'
    ]
  },
  check(doc) {
    return docPkgCommands(doc)
      .filter((c) => isUpgrade(c) && !isDistUpgrade(c))
      .map((c) =>
        hitAtCommand(
          doc,
          c.run,
          `${c.manager} ${c.sub} upgrades every package, so builds differ from day to day.`
        )
      )
  }
})
