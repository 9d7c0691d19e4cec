import { defineRule } from '../define.js'
import { hitAtCommand, runCommands } from '../helpers.js'

/** CSG-D37: `cd` in RUN instead of WORKDIR. */
export const rule = defineRule({
  id: 'CSG-D37',
  concern: 'D37',
  title: 'cd in RUN instead of WORKDIR',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['DL3003', 'DS-0013', 'use-workdir'],
  tags: ['maintainability'],
  docs: {
    why: '`cd` lasts only for its RUN; later instructions silently run elsewhere, which makes Dockerfiles hard to read and easy to break.',
    fix: 'Use `WORKDIR /path` for the directory later instructions need; inside one RUN, prefer absolute paths or a subshell.',
    failing: 'FROM debian:12\nRUN cd /app && make\n',
    passing: 'FROM debian:12\nWORKDIR /app\nRUN make\n',
    differences: [
      '`cd` inside a subshell, `sh -c` script or substitution is flagged too, as in hadolint.'
    ]
  },
  check(doc) {
    return runCommands(doc)
      .filter((run) => run.name === 'cd' && run.instruction.keyword === 'RUN')
      .map((run) =>
        hitAtCommand(
          doc,
          run,
          'RUN uses cd; use WORKDIR so later instructions run where you expect.'
        )
      )
  }
})
