import { describe, expect, it } from '@jest/globals'
import {
  parseSuppression,
  resolveSuppression
} from '../../../src/scanners/policy/suppression.js'
import type { PolicyRuleMeta } from '../../../src/scanners/policy/rule.js'

const rules = [
  { id: 'CSG-D2', peers: ['DL3007', 'DS-0001'] },
  { id: 'CSG-D29', peers: ['DL3008'] }
] as unknown as PolicyRuleMeta[]

describe('parseSuppression', () => {
  it('reads hadolint comments, with or without the hash', () => {
    expect(parseSuppression('# hadolint ignore=DL3007,DL3008')).toEqual({
      syntax: 'hadolint',
      scope: 'next',
      ids: ['DL3007', 'DL3008']
    })
    expect(parseSuppression('hadolint global ignore=DL3008')?.scope).toBe(
      'file'
    )
  })

  it('reads our comments with a reason', () => {
    expect(
      parseSuppression('#csg-ignore=CSG-D2, CSG-D3 reason: pinned upstream')
    ).toEqual({
      syntax: 'csg',
      scope: 'next',
      ids: ['CSG-D2', 'CSG-D3'],
      reason: 'pinned upstream'
    })
    expect(
      parseSuppression('# csg-ignore=CSG-D2,CSG-D3 reason: x')?.ids
    ).toEqual(['CSG-D2', 'CSG-D3'])
  })

  it('ignores ordinary comments', () => {
    expect(parseSuppression('# install the hadolint binary')).toBeUndefined()
    expect(parseSuppression('# hadolint=DL3007')).toBeUndefined()
    expect(parseSuppression('# csg-ignore=')).toBeUndefined()
  })
})

describe('resolveSuppression', () => {
  it('maps hadolint ids through peers and ours by id, any case', () => {
    const hadolint = parseSuppression('# hadolint ignore=dl3007,DL9999')
    const ours = parseSuppression('# csg-ignore=csg-d29,CSG-D77')

    expect(hadolint && resolveSuppression(hadolint, rules)).toEqual({
      ruleIds: new Set(['CSG-D2']),
      unknownIds: ['DL9999']
    })
    expect(ours && resolveSuppression(ours, rules)).toEqual({
      ruleIds: new Set(['CSG-D29']),
      unknownIds: ['CSG-D77']
    })
  })
})
