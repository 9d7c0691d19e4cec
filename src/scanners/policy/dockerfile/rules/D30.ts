import { defineRule } from '../define.js'
import { hitAtCommand } from '../helpers.js'
import { docPkgCommands } from './pkg.js'
import { isDistUpgrade } from './upgrade.js'

/** CSG-D30: dist-upgrade in a build. */
export const rule = defineRule({
  id: 'CSG-D30',
  concern: 'D30',
  title: 'dist-upgrade in a build',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['DS-0024', 'DL3035'],
  tags: ['reproducibility'],
  docs: {
    why: "A distribution upgrade inside an image may move it to packages the base image was never tested with, and makes every build different; the base image's maintainers ship fixes by publishing a new tag.",
    fix: 'Move to a newer base image tag instead of upgrading inside the build.',
    failing: 'FROM debian:12\nRUN apt-get update && apt-get dist-upgrade -y\n',
    passing:
      'FROM debian:12.7\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    differences: [
      'Plain `upgrade` is CSG-D30-UPGRADE, off by default, since opinions differ: KICS flags every upgrade, Trivy only dist-upgrade.'
    ]
  },
  check(doc) {
    return docPkgCommands(doc)
      .filter(isDistUpgrade)
      .map((c) =>
        hitAtCommand(
          doc,
          c.run,
          `${c.manager} ${c.sub} upgrades the distribution inside the build; use a newer base image instead.`
        )
      )
  }
})
