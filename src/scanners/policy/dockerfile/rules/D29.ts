import { defineRule } from '../define.js'
import { hitAtCommand, hitsOf } from '../helpers.js'
import { aptInstalls } from './apt.js'
import { packageNames } from './pkg.js'

/** CSG-D29: apt packages installed without a version. */
export const rule = defineRule({
  id: 'CSG-D29',
  concern: 'D29',
  title: 'apt package version not pinned',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['DL3008', 'Apt Get Install Pin Version Not Defined'],
  tags: ['reproducibility'],
  docs: {
    why: 'Unpinned packages make each build install whatever the mirror has that day, so two builds of the same commit differ and a broken or compromised update slips in unreviewed.',
    fix: 'Pin versions (`curl=8.5.0-2`) and let a bot update them; or accept the rule off if you rebuild daily from a pinned base image.',
    failing: 'FROM debian:12\nRUN apt-get install -y curl\n',
    passing: 'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u5\n',
    differences: [
      'Packages named by path, URL, variable or `name/release` are not flagged.'
    ]
  },
  check(doc) {
    return hitsOf(aptInstalls(doc), (c) => {
      const loose = packageNames(c).filter((p) => !p.includes('='))

      return loose.length
        ? [
            hitAtCommand(
              doc,
              c.run,
              `apt installs ${loose.join(', ')} without a version (pin as name=version).`
            )
          ]
        : undefined
    })
  }
})
