import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'

const RUNTIME_INSTALL =
  /\b(apt-get|apt|apk|yum|dnf|microdnf|zypper)\s+(-\S+\s+)*(install|add|update|upgrade)\b|\bpip3?\s+install\b|\bnpm\s+(install|i)\b/

/** CSG-D54: the container installs packages when it starts. */
export const rule = defineRule({
  id: 'CSG-D54',
  concern: 'D54',
  title: 'Packages installed at container start',
  severity: 'LOW',
  precision: 'medium',
  peers: [],
  tags: ['read-only-root'],
  docs: {
    why: 'An entrypoint or command that installs packages needs a writable root filesystem and network access at run time, cannot run with `read_only: true`, and runs unreviewed code each time the container starts.',
    fix: 'Install everything at build time; keep the entrypoint to starting the application, and write only to declared volumes or tmpfs.',
    failing:
      'FROM debian:12-slim\nCMD apt-get update && apt-get install -y curl && ./app\n',
    passing:
      'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nCMD ["./app"]\n',
    differences: [
      'No peer checks this. It is a heuristic on CMD and ENTRYPOINT text; scripts they call are not read.'
    ]
  },
  check(doc) {
    return hitsOf(doc.instructions, (i) => {
      if (i.keyword !== 'CMD' && i.keyword !== 'ENTRYPOINT') return undefined
      const text = (i.json ?? i.args).join(' ')

      return RUNTIME_INSTALL.test(text)
        ? [
            hitAt(
              doc,
              i,
              `${i.keyword} installs packages when the container starts, which needs a writable root filesystem.`
            )
          ]
        : undefined
    })
  }
})
