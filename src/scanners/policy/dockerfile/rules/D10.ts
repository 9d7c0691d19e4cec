import { defineRule } from '../define.js'
import { finalStage, hitAt } from '../helpers.js'
import { isRootUser, lastUser } from './user.js'

/** CSG-D10: the last USER of the final stage is root or UID 0. */
export const rule = defineRule({
  id: 'CSG-D10',
  concern: 'D10',
  title: 'Final stage runs as root (last USER is root or 0)',
  severity: 'HIGH',
  precision: 'very-high',
  peers: ['DL3002', 'DS-0002', 'CKV_DOCKER_8'],
  tags: ['CWE-250'],
  docs: {
    why: 'The last USER decides who the container runs as. Root inside the container makes escaping to the host through a kernel or runtime flaw far easier, and lets a compromised process rewrite the whole image filesystem.',
    fix: 'Switch back to an unprivileged user after the steps that need root: `USER 10001` as the last USER of the final stage.',
    failing:
      'FROM alpine:3.20\nUSER app\nRUN apk add --no-cache curl\nUSER root\n',
    passing:
      'FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl\nUSER 10001\n',
    differences: [
      '`USER 0`, `USER 0:0` and `USER root:wheel` count as root: the user part decides (Checkov only matches the literal `root`).',
      'Only the final stage counts, as the guide asks; hadolint checks every stage, so a build stage left as root is not flagged here.',
      'A USER with no name is flagged too, since it sets no user.'
    ]
  },
  check(doc) {
    const stage = finalStage(doc)
    const user = stage ? lastUser(doc, stage) : undefined
    if (!user) return []

    const value = user.args[0] ?? ''
    if (value === '') {
      return [hitAt(doc, user, 'USER names no user, so root stays in effect.')]
    }
    if (!isRootUser(value)) return []

    return [
      hitAt(
        doc,
        user,
        `The final stage's last USER is "${value}", so the container runs as root.`
      )
    ]
  }
})
