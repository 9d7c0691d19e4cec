import { defineRule } from '../define.js'
import { finalStage, hitAt } from '../helpers.js'
import { isRootUser, lastUser } from './user.js'

/** CSG-D11: the final USER is a name, not a numeric UID. */
export const rule = defineRule({
  id: 'CSG-D11',
  concern: 'D11',
  title: 'USER is not a numeric UID',
  severity: 'LOW',
  precision: 'high',
  peers: ['DL3066'],
  tags: ['CWE-250'],
  docs: {
    why: 'Kubernetes `runAsNonRoot` can only prove a user is not root when the image names it by number; a user name also depends on /etc/passwd inside the image, which may map it to UID 0.',
    fix: 'Use the numeric UID (and GID): `USER 10001:10001`.',
    failing: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER app\n',
    passing:
      'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER 10001:10001\n',
    differences: [
      "Only the final stage's last USER is checked; root is CSG-D10's concern and is not reported here."
    ]
  },
  check(doc) {
    const stage = finalStage(doc)
    const user = stage ? lastUser(doc, stage) : undefined
    // Docker drops the quotes of USER's word (`USER "1000"` is UID 1000).
    const value = (user?.args[0] ?? '').replace(/["']/g, '')
    const name = value.split(':')[0] ?? ''
    if (
      !user ||
      value === '' ||
      isRootUser(value) ||
      /^\d+$/.test(name) ||
      name.includes('$')
    )
      return []

    return [
      hitAt(
        doc,
        user,
        `USER ${value} is a name; use the numeric UID so runtimes can verify it is not root.`
      )
    ]
  }
})
