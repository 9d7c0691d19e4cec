import { defineRule } from '../define.js'

/**
 * CSG-D0: a suppression comment names a rule that does not exist. Its
 * findings are made by the checker, which knows every rule; `check` has
 * nothing to look at on its own.
 */
export const rule = defineRule({
  id: 'CSG-D0',
  concern: 'D0',
  title: 'Suppression comment names an unknown rule',
  severity: 'LOW',
  precision: 'very-high',
  peers: [],
  tags: ['maintainability'],
  docs: {
    why: 'A suppression with a mistyped or retired rule id silences nothing, while its author believes a finding is handled; the real finding then surfaces as a surprise, or a new rule is silenced by accident later.',
    fix: 'Use an id from docs/rules/README.md (`# csg-ignore=CSG-D2 reason: ...`), or a hadolint id that one of our rules lists as a peer; remove suppressions that no longer apply.',
    failing:
      'FROM alpine:3.20\n# csg-ignore=CSG-D999 reason: typo\nUSER 10001\n',
    passing:
      'FROM alpine:3.20\n# csg-ignore=CSG-D40 reason: Kubernetes probes\nUSER 10001\n',
    differences: [
      'This meta rule (concern D0) is ours alone. hadolint ids of the form DL#### or SC#### that no rule of ours maps are accepted silently, so that files shared with hadolint need no edits.'
    ]
  },
  check() {
    return []
  }
})
