import { defineRule } from '../define.js'
import { hitAtCommand, runCommands } from '../helpers.js'

const POINTLESS = new Set([
  'ssh',
  'vim',
  'vi',
  'nano',
  'shutdown',
  'service',
  'ps',
  'free',
  'top',
  'kill',
  'mount',
  'ifconfig',
  'systemctl'
])

/** CSG-D50: interactive or pointless commands in RUN. */
export const rule = defineRule({
  id: 'CSG-D50',
  concern: 'D50',
  title: 'Interactive or pointless command in RUN',
  severity: 'LOW',
  precision: 'high',
  peers: ['DL3001', 'Run Utilities And POSIX Commands', 'nonsensical-command'],
  tags: ['correctness'],
  docs: {
    why: 'Editors, process tools and service managers do nothing useful in a build (there is no terminal, no init system, no running services) and often mean the Dockerfile was written as if it were a VM.',
    fix: 'Remove the command; configure files with COPY or sed, and start services in the entrypoint.',
    failing: 'FROM debian:12\nRUN service nginx start\n',
    passing: 'FROM debian:12\nCMD ["nginx", "-g", "daemon off;"]\n'
  },
  check(doc) {
    return runCommands(doc)
      .filter((run) => POINTLESS.has(run.name))
      .map((run) =>
        hitAtCommand(
          doc,
          run,
          `RUN calls ${run.name}, which does nothing useful during a build.`
        )
      )
  }
})
