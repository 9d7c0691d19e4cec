import { defineRule } from '../define.js'
import { finalStage, hitAt } from '../helpers.js'
import { lastUser } from './user.js'

/** CSG-D9: the final stage never sets a USER, so it runs as root. */
export const rule = defineRule({
  id: 'CSG-D9',
  concern: 'D9',
  title: 'Final stage sets no USER (runs as root)',
  severity: 'HIGH',
  precision: 'high',
  peers: ['DS-0002', 'CKV_DOCKER_3'],
  tags: ['CWE-250'],
  docs: {
    why: 'Without a USER instruction the container runs as root. A process that is broken into then has root inside the container, which makes escaping to the host through a kernel or runtime flaw far easier.',
    fix: 'Create an unprivileged user and switch to it in the final stage: `RUN adduser -D -u 10001 app` then `USER 10001`.',
    failing: 'FROM alpine:3.20\nCMD ["./app"]\n',
    passing: 'FROM alpine:3.20\nUSER 10001\nCMD ["./app"]\n',
    differences: [
      'Only the final stage counts (including the earlier stages it is built on): build stages may run as root since they do not ship. Checkov looks for a USER anywhere in the file.',
      'A base image that already sets a non-root user (distroless `:nonroot`) is not known to this rule; say so with `# csg-ignore=CSG-D9 reason: ...`.'
    ]
  },
  check(doc) {
    const stage = finalStage(doc)
    if (!stage || lastUser(doc, stage)) return []

    return [
      hitAt(
        doc,
        stage.from,
        'The final stage sets no USER, so the container runs as root.'
      )
    ]
  }
})
