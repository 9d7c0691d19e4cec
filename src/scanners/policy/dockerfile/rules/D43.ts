import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { parsePort } from './expose.js'

/** CSG-D43: EXPOSE 22 (SSH). */
export const rule = defineRule({
  id: 'CSG-D43',
  concern: 'D43',
  title: 'SSH port exposed',
  severity: 'MEDIUM',
  precision: 'high',
  peers: ['DS-0004', 'CKV_DOCKER_1', 'exposing_port_22'],
  tags: ['attack-surface'],
  docs: {
    why: 'An SSH server in a container is one more daemon with credentials to steal and patch; containers are entered with `docker exec` or `kubectl exec`, not SSH.',
    fix: 'Remove the SSH server and `EXPOSE 22`; use exec for debugging.',
    failing: 'FROM debian:12\nEXPOSE 22\n',
    passing: 'FROM debian:12\nEXPOSE 8080\n',
    differences: ['Port ranges that include 22 count too.']
  },
  check(doc) {
    return hitsOf(doc.instructions, (i) => {
      if (i.keyword !== 'EXPOSE') return undefined
      const ssh = i.args
        .map(parsePort)
        .find(
          (p) =>
            p.from !== undefined &&
            p.to !== undefined &&
            p.from <= 22 &&
            22 <= p.to
        )

      return ssh
        ? [hitAt(doc, i, `EXPOSE ${ssh.text} publishes the SSH port.`)]
        : undefined
    })
  }
})
