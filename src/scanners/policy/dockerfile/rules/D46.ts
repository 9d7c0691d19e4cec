import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { unquote } from './add.js'

/** CSG-D46: COPY of several sources to a destination without a slash. */
export const rule = defineRule({
  id: 'CSG-D46',
  concern: 'D46',
  title: 'COPY with several sources needs a directory destination',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['DL3021', 'DS-0011'],
  tags: ['correctness'],
  docs: {
    why: 'With more than one source Docker requires the destination to be a directory ending in `/`; otherwise the build fails, or a reader cannot tell where files land.',
    fix: 'End the destination with a slash: `COPY package.json yarn.lock /app/`.',
    failing: 'FROM node:22-slim\nCOPY package.json yarn.lock /app\n',
    passing: 'FROM node:22-slim\nCOPY package.json yarn.lock /app/\n',
    differences: [
      'History-style sources (`file:<sha>` / `multi:<sha>` followed by `in`) are skipped, as in Trivy.',
      '`.` as the destination passes (`COPY go.mod go.sum .`): BuildKit, the default builder since Docker Engine 23, reads it as `./`, and a reader cannot mistake it for a file. hadolint DL3021 flags it, and the legacy builder rejected it.',
      'A heredoc (`COPY <<EOT /app`) is one source; its body is not read as more arguments.'
    ]
  },
  check(doc) {
    return hitsOf(doc.instructions, (instruction) => {
      const copy = instruction.trigger ?? instruction
      if (copy.keyword !== 'COPY' && copy.keyword !== 'ADD') return undefined
      const args = copy.json ?? copy.args.map(unquote)
      if (args.length <= 2 || args[1] === 'in') return undefined
      const dest = args[args.length - 1] ?? ''
      // BuildKit reads a destination of `.` as `./`: the working directory.
      if (dest.endsWith('/') || dest === '.' || dest.includes('$'))
        return undefined

      return [
        hitAt(
          doc,
          instruction,
          `${copy.keyword} has ${args.length - 1} sources, so its destination ${dest} must end with "/".`
        )
      ]
    })
  }
})
