import { defineRule } from '../define.js'
import { hitAtCommand, hitsOf, runCommands } from '../helpers.js'
import { baseName } from '../shell.js'

/** CSG-D22: a RUN uses sudo. */
export const rule = defineRule({
  id: 'CSG-D22',
  concern: 'D22',
  title: 'sudo used in RUN',
  severity: 'MEDIUM',
  precision: 'very-high',
  peers: ['DL3004', 'DS-0010', 'CKV2_DOCKER_1', 'no-sudo-in-dockerfile'],
  tags: ['CWE-250'],
  docs: {
    why: 'sudo in a build means sudo is installed and configured in the image, giving any process that runs as the app user a path back to root; it also behaves unpredictably without a TTY.',
    fix: 'Run the root steps before switching USER (or switch with `USER root` and back), and leave sudo out of the image; use gosu or su-exec where an entrypoint must drop privileges.',
    failing: 'FROM debian:12\nRUN sudo apt-get install -y curl\n',
    passing: 'FROM debian:12\nRUN apt-get install -y curl\n',
    differences: ['`doas` is treated like sudo.']
  },
  check(doc) {
    return hitsOf(runCommands(doc), (run) => {
      const program = baseName(run.command.argv[0] ?? '')
      if (program !== 'sudo' && program !== 'doas') return undefined

      return [
        hitAtCommand(
          doc,
          run,
          `RUN uses ${program}; do the step as root before USER instead.`
        )
      ]
    })
  }
})
