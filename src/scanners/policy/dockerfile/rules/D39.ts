import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { unquote } from './add.js'

const SYSTEM = /^\/(proc|sys|dev|boot|lost\+found|initrd)(\/|$)/

/** CSG-D39: WORKDIR inside a kernel or system directory. */
export const rule = defineRule({
  id: 'CSG-D39',
  concern: 'D39',
  title: 'WORKDIR is a system directory',
  severity: 'MEDIUM',
  precision: 'very-high',
  peers: ['DS-0030'],
  tags: ['correctness'],
  docs: {
    why: '/proc, /sys and /dev are provided by the kernel at run time; files written there at build time vanish or, worse, touch the host through mounted pseudo-files.',
    fix: 'Use an application directory such as `/app` or `/srv/app`.',
    failing: 'FROM alpine:3.20\nWORKDIR /proc/self/fd/1\n',
    passing: 'FROM alpine:3.20\nWORKDIR /app\n'
  },
  check(doc) {
    return hitsOf(doc.instructions, (instruction) => {
      if (instruction.keyword !== 'WORKDIR') return undefined
      const dir = unquote(instruction.args.join(' '))
      if (!SYSTEM.test(dir)) return undefined

      return [hitAt(doc, instruction, `WORKDIR ${dir} is a system directory.`)]
    })
  }
})
