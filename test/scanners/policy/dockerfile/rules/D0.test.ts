import { describe, expect, it } from '@jest/globals'
import type { PolicyConfig } from '../../../../../src/config/config.js'
import { checkDockerfileText } from '../../../../../src/scanners/policy/dockerfile/checker.js'
import { parseDockerfile } from '../../../../../src/scanners/policy/dockerfile/model.js'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D0.js'
import { defaultPolicy } from './helper.js'

// CSG-D0's findings come from the checker, which resolves suppression
// comments against every rule; the rule's own check sees nothing.
function unknownIdLines(
  text: string,
  policy: PolicyConfig = defaultPolicy
): number[] {
  const { findings } = checkDockerfileText(text, 'Dockerfile', policy, {
    rules: [rule]
  })

  return findings.map((f) => f.location.region?.startLine ?? 0)
}

describe('CSG-D0 suppression comment names an unknown rule', () => {
  it('leaves the work to the checker', () => {
    const text = 'FROM a:1\n# csg-ignore=CSG-D999\nUSER 10001\n'

    expect(
      rule.check(parseDockerfile(text), {
        path: 'Dockerfile',
        policy: defaultPolicy
      })
    ).toEqual([])
  })
  it('flags a mistyped id of ours on the comment line', () => {
    expect(
      unknownIdLines(
        'FROM alpine:3.20\n# csg-ignore=CSG-D999 reason: typo\nUSER 10001\n'
      )
    ).toEqual([2])
  })
  it('flags each unknown id of a list, known ones beside them aside', () => {
    expect(
      unknownIdLines(
        'FROM a:1\n# csg-ignore=CSG-D2,CSG-D998,CSG-D997\n# hadolint ignore=DL3007\nUSER 10001\n'
      )
    ).toEqual([2, 2])
  })
  it('flags global comments and hadolint comments with non-hadolint ids', () => {
    // The letter O instead of a zero in CSG-D40.
    expect(
      unknownIdLines(
        '# csg-ignore global=CSG-D4O\nFROM a:1\n# hadolint ignore=DL9999,XY1234\nUSER 10001\n'
      )
    ).toEqual([1, 3])
  })
  it('flags ids of other file kinds, which no Dockerfile rule has', () => {
    expect(
      unknownIdLines('FROM a:1\n# csg-ignore=CSG-C1\nUSER 10001\n')
    ).toEqual([2])
  })
  it('passes known ids in any case and peer ids in hadolint comments', () => {
    expect(
      unknownIdLines(
        'FROM alpine:3.20\n# csg-ignore=CSG-D40 reason: Kubernetes probes\nUSER 10001\n'
      )
    ).toEqual([])
    expect(
      unknownIdLines('FROM a:1\n# csg-ignore=csg-d40\nUSER 10001\n')
    ).toEqual([])
    expect(
      unknownIdLines('FROM a:1\n# hadolint global ignore=DS-0002\nUSER 1\n')
    ).toEqual([])
  })
  it('accepts hadolint ids we do not map, so shared files need no edits', () => {
    expect(
      unknownIdLines('FROM a:1\n# hadolint ignore=DL9999,SC2086\nRUN echo $x\n')
    ).toEqual([])
  })
  it('passes comments that only mention a suppression', () => {
    expect(
      unknownIdLines('FROM a:1\n# the csg-ignore=CSG-D999 form\nUSER 1\n')
    ).toEqual([])
  })
  it('stays quiet when turned off in the config', () => {
    const policy: PolicyConfig = {
      ...defaultPolicy,
      rules: { 'CSG-D0': { enabled: false } }
    }

    expect(
      unknownIdLines('FROM a:1\n# csg-ignore=CSG-D999\nUSER 1\n', policy)
    ).toEqual([])
  })
})
