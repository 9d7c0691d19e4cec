import { defineRule } from '../define.js'
import { hitAt } from '../helpers.js'

/** CSG-D42: CMD or ENTRYPOINT in shell form. */
export const rule = defineRule({
  id: 'CSG-D42',
  concern: 'D42',
  title: 'CMD or ENTRYPOINT in shell form',
  severity: 'LOW',
  precision: 'very-high',
  peers: [
    'DL3025',
    'Not Using JSON In CMD And ENTRYPOINT',
    'JSONArgsRecommended'
  ],
  tags: ['reliability'],
  docs: {
    why: 'In shell form the process runs under `/bin/sh -c`, which does not pass on SIGTERM: the application never hears `docker stop` and is killed after the timeout, without a clean shutdown.',
    fix: 'Use the exec (JSON) form: `CMD ["node", "server.js"]`.',
    failing: 'FROM node:22-slim\nCMD node server.js\n',
    passing: 'FROM node:22-slim\nCMD ["node", "server.js"]\n'
  },
  check(doc) {
    return doc.instructions
      .filter(
        (i) =>
          (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') &&
          !i.json &&
          i.args.length > 0
      )
      .map((i) =>
        hitAt(
          doc,
          i,
          `${i.keyword} uses the shell form; use the JSON form so the process receives signals.`
        )
      )
  }
})
