import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D9.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D9 final stage without USER', () => {
  it('flags the final stage FROM when no USER is set', () => {
    catches(rule, 'FROM alpine:3.20\nCMD ["x"]\n', [1])
    catches(rule, 'FROM a:1\nUSER app\n\nFROM b:1\nCOPY x /x\n', [4])
  })
  it('passes a USER in the final stage or a stage it builds on', () => {
    doesNotCatch(rule, 'FROM a:1\nUSER 10001\n')
    doesNotCatch(rule, 'FROM a:1 AS base\nUSER app\nFROM base\nCOPY x /x\n')
    doesNotCatch(rule, 'FROM a:1\nUSER root\nFROM b:1\nUSER app\n')
  })
})
