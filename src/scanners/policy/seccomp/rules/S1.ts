import { entryAt, textOf } from '../../compose/query.js'
import { hitAt } from '../../compose/rule-kit.js'
import { ALLOWING, type SeccompRule, seccompMeta } from '../rule-kit.js'

/** CSG-S1: a seccomp profile allows every call it does not list. */
export const S1: SeccompRule = {
  meta: seccompMeta({
    concern: 'S1',
    title: 'Seccomp profile allows by default',
    defaultSeverity: 'HIGH',
    help: "A profile whose defaultAction is SCMP_ACT_ALLOW (or SCMP_ACT_LOG) lets through every system call it does not name, including new and rarely used ones, so it protects little more than seccomp:unconfined. Start from Docker's default profile: defaultAction SCMP_ACT_ERRNO and an allow-list.",
    peers: ['CIS-5.21']
  }),
  check: (profile) => {
    const action = entryAt(profile.root, 'defaultAction')?.value
    const text = textOf(action)?.trim().toUpperCase()
    if (!action || !text || !ALLOWING.has(text)) return []

    return [
      hitAt(
        action.place,
        `Seccomp profile ${profile.path} allows every system call it does not list (defaultAction ${text}).`,
        'defaultAction'
      )
    ]
  }
}
