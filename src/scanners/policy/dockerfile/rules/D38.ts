import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { unquote } from './add.js'

/** CSG-D38: WORKDIR with a relative path. */
export const rule = defineRule({
  id: 'CSG-D38',
  concern: 'D38',
  title: 'WORKDIR path is relative',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['DL3000', 'DS-0009', 'CKV_DOCKER_10', 'WorkdirRelativePath'],
  tags: ['maintainability'],
  docs: {
    why: "A relative WORKDIR depends on every earlier WORKDIR, including the base image's, so the directory changes when the base image does.",
    fix: 'Use an absolute path: `WORKDIR /app`.',
    failing: 'FROM alpine:3.20\nWORKDIR app\n',
    passing: 'FROM alpine:3.20\nWORKDIR /app\n',
    differences: [
      'Windows paths (`C:\\app`) and paths starting with a variable are accepted.'
    ]
  },
  check(doc) {
    return hitsOf(doc.instructions, (instruction) => {
      if (instruction.keyword !== 'WORKDIR') return undefined
      const dir = unquote(instruction.args.join(' '))
      if (
        dir === '' ||
        dir.startsWith('/') ||
        dir.startsWith('$') ||
        /^[a-zA-Z]:[\\/]/.test(dir)
      )
        return undefined

      return [
        hitAt(
          doc,
          instruction,
          `WORKDIR ${dir} is relative; use an absolute path.`
        )
      ]
    })
  }
})
