import { defineRule } from '../define.js'
import { hitAtCommand } from '../helpers.js'
import { aptInstalls } from './apt.js'
import { hasOption } from './pkg.js'

/** CSG-D24: apt-get install without -y. */
export const rule = defineRule({
  id: 'CSG-D24',
  concern: 'D24',
  title: 'apt-get install without -y',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['DL3014', 'DS-0021', 'missing-assume-yes-switch'],
  tags: ['reproducibility'],
  docs: {
    why: 'Without `-y` apt-get waits for a confirmation no one can give in a build, and fails or hangs.',
    fix: 'Add `-y` (or `--yes`, `--assume-yes`): `apt-get install -y --no-install-recommends curl`.',
    failing: 'FROM debian:12\nRUN apt-get install curl\n',
    passing: 'FROM debian:12\nRUN apt-get install -y curl\n',
    differences: ['`-qq` is accepted as hadolint does, since it implies `-y`.']
  },
  check(doc) {
    return aptInstalls(doc)
      .filter(
        (c) =>
          !hasOption(c, '-y', '--yes', '--assume-yes') &&
          !c.options.includes('-qq')
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
