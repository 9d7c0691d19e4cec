import { defineRule } from '../define.js'
import { hitAtCommand, hitsOf, runCommands } from '../helpers.js'

// An octal mode with the 4000 (setuid) or 2000 (setgid) bit, or a symbolic
// mode one of whose comma-separated clauses adds `s` with `+` or `=`
// (`u+s`, `+s`, `u+x,g+s`, `u=rwxs`); `o+s` alone sets nothing.
function setsSetid(mode: string): boolean {
  if (/^[0-7]+$/.test(mode)) return /^0?[2-7][0-7]{3}$/.test(mode)

  return mode.split(',').some((clause) => {
    const parts = /^([ugoa]*)((?:[-+=][rwxXstugo]*)+)$/.exec(clause)
    if (!parts || /^o+$/.test(parts[1] ?? '')) return false

    return /[+=][^-+=]*s/.test(parts[2] ?? '')
  })
}

/** CSG-D56: setuid or setgid bits set in the image. */
export const rule = defineRule({
  id: 'CSG-D56',
  concern: 'D56',
  title: 'setuid or setgid bit set',
  severity: 'MEDIUM',
  precision: 'high',
  peers: [],
  tags: ['CWE-250'],
  docs: {
    why: "A setuid or setgid program runs with its owner's rights whoever starts it: one flaw in it turns an unprivileged process into root.",
    fix: 'Do not add setuid/setgid bits; grant the one capability needed with `setcap`, and consider stripping existing bits (`find / -perm /6000 -type f -exec chmod a-s {} +`).',
    failing: 'FROM debian:12\nRUN chmod u+s /usr/local/bin/tool\n',
    passing: 'FROM debian:12\nRUN chmod 0755 /usr/local/bin/tool\n',
    differences: [
      'No peer checks this. Only chmod in RUN is seen; files that arrive with the bits set (from the base image or COPY) are not.'
    ]
  },
  check(doc) {
    return hitsOf(runCommands(doc), (run) => {
      if (run.name !== 'chmod') return undefined
      const mode = run.argv
        .slice(1)
        .find((a) => !a.startsWith('-') || /^-[ugoa]*\+/.test(a))

      return mode && setsSetid(mode)
        ? [hitAtCommand(doc, run, `chmod ${mode} sets a setuid or setgid bit.`)]
        : undefined
    })
  }
})
