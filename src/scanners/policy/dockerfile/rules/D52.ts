import { defineRule } from '../define.js'
import { hitAtCommand, hitsOf, runCommands } from '../helpers.js'

/** CSG-D52: useradd with a high UID and without -l. */
export const rule = defineRule({
  id: 'CSG-D52',
  concern: 'D52',
  title: 'useradd with a high UID and without -l',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['DL3046'],
  tags: ['image-size'],
  docs: {
    why: 'useradd writes a lastlog entry sized by the UID: a high UID without `-l`/`--no-log-init` creates a sparse file of gigabytes that tools and layers may store in full.',
    fix: 'Add `--no-log-init` (or `-l`): `useradd --no-log-init -r -u 100001 app`.',
    failing: 'FROM debian:12\nRUN useradd -u 123456 app\n',
    passing: 'FROM debian:12\nRUN useradd --no-log-init -u 123456 app\n'
  },
  check(doc) {
    return hitsOf(runCommands(doc), (run) => {
      if (run.name !== 'useradd') return undefined
      const args = run.argv.slice(1)
      if (
        args.some(
          (a) =>
            a === '-l' ||
            a === '--no-log-init' ||
            /^-[a-zA-Z]*l[a-zA-Z]*$/.test(a)
        )
      )
        return undefined
      const at = args.findIndex((a) => a === '-u' || a === '--uid')
      const uid =
        at >= 0
          ? args[at + 1]
          : args.find((a) => a.startsWith('--uid='))?.slice(6)
      if (!uid || !/^\d+$/.test(uid) || Number(uid) <= 65535) return undefined

      return [
        hitAtCommand(
          doc,
          run,
          `useradd with UID ${uid} and no --no-log-init creates a huge lastlog file.`
        )
      ]
    })
  }
})
