import { defineRule } from '../define.js'
import { hitAtCommand, runCommands } from '../helpers.js'

/** CSG-D28: `apt` (the interactive front end) used in RUN. */
export const rule = defineRule({
  id: 'CSG-D28',
  concern: 'D28',
  title: 'apt used instead of apt-get',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['DL3027', 'CKV_DOCKER_9', 'prefer-apt-get'],
  tags: ['reproducibility'],
  docs: {
    why: '`apt` is meant for people: its output and behaviour may change between releases and it warns that it has no stable command-line interface. Scripts should use apt-get and apt-cache.',
    fix: 'Replace `apt install` with `apt-get install` (and `apt search` with `apt-cache search`).',
    failing: 'FROM debian:12\nRUN apt install -y curl\n',
    passing: 'FROM debian:12\nRUN apt-get install -y curl\n'
  },
  check(doc) {
    return runCommands(doc)
      .filter((run) => run.name === 'apt' && run.argv.length > 1)
      .map((run) =>
        hitAtCommand(
          doc,
          run,
          'RUN uses apt, which has no stable interface for scripts; use apt-get.'
        )
      )
  }
})
