import { defineRule } from '../define.js'
import {
  hitAtCommand,
  hitsOf,
  runCommands,
  type RunCommand
} from '../helpers.js'

// Options with which passwd changes no password: lock, unlock, delete,
// expire, status.
const NO_CHANGE = /^-[a-zA-Z]*[ludeS]|^--(lock|unlock|delete|expire|status)/

// Debian's passwd reads the new password twice from a pipe
// (`echo -e "pw\npw" | passwd root`).
function passwdFromPipe(run: RunCommand): boolean {
  return (
    run.command.upstream.length > 0 &&
    !run.argv.slice(1).some((o) => NO_CHANGE.test(o))
  )
}

/** CSG-D23: passwords set inside the image. */
export const rule = defineRule({
  id: 'CSG-D23',
  concern: 'D23',
  title: 'Password set in the image',
  severity: 'HIGH',
  precision: 'high',
  peers: ['CKV2_DOCKER_17'],
  tags: ['secrets', 'CWE-798'],
  docs: {
    why: 'A password set during the build is the same in every container and readable from the Dockerfile and image history; `root:root` style passwords are the first thing attackers try.',
    fix: 'Do not give accounts passwords in images; use locked accounts (`useradd --no-log-init -r`) and key- or token-based access provided at run time.',
    failing: "FROM ubuntu:24.04\nRUN echo 'root:root' | chpasswd\n",
    passing: 'FROM ubuntu:24.04\nRUN useradd --no-log-init -r -u 10001 app\n',
    differences: [
      '`useradd -p`/`usermod -p`, `passwd --stdin` and `passwd` fed through a pipe count too.'
    ]
  },
  check(doc) {
    return hitsOf(runCommands(doc), (run) => {
      const opts = run.argv.slice(1)
      const sets =
        run.name === 'chpasswd' ||
        (run.name === 'passwd' &&
          (opts.includes('--stdin') || passwdFromPipe(run))) ||
        ((run.name === 'useradd' || run.name === 'usermod') &&
          opts.some((o) => o === '-p' || o.startsWith('--password')))

      return sets
        ? [hitAtCommand(doc, run, `RUN sets a password with ${run.name}.`)]
        : undefined
    })
  }
})
