import { defineRule } from '../define.js'
import { hitAtCommand } from '../helpers.js'
import { aptInstalls } from './apt.js'
import { hasOption } from './pkg.js'

/** CSG-D25: apt-get install without --no-install-recommends. */
export const rule = defineRule({
  id: 'CSG-D25',
  concern: 'D25',
  title: 'apt-get install without --no-install-recommends',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['DL3015', 'DS-0029', 'missing-no-install-recommends'],
  tags: ['attack-surface'],
  docs: {
    why: 'Recommended packages are installed by default: often dozens of packages the image never uses, each one more to patch and more attack surface.',
    fix: 'Add `--no-install-recommends` and name what you need explicitly.',
    failing: 'FROM debian:12\nRUN apt-get install -y curl\n',
    passing:
      'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n',
    differences: ['`-o APT::Install-Recommends=false` is accepted too.']
  },
  check(doc) {
    return aptInstalls(doc)
      .filter(
        (c) =>
          !hasOption(c, '--no-install-recommends') &&
          !c.options.some((o) => /Install-Recommends=(false|0|no)/i.test(o))
      )
      .map((c) =>
        hitAtCommand(
          doc,
          c.run,
          `${c.manager} install also installs recommended packages; add --no-install-recommends.`
        )
      )
  }
})
