import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D10.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D10 final stage runs as root', () => {
  it('flags root, 0, root:group and 0:0 as the last USER', () => {
    catches(rule, 'FROM a:1\nUSER app\nUSER root\n', [3])
    catches(rule, 'FROM a:1\nUSER root:root\n', [2])
    catches(rule, 'FROM a:1\nUSER 0\n', [2])
    catches(rule, 'FROM a:1\nUSER app\nRUN x\nUSER 0:0\nRUN y\n', [4])
  })
  it('flags an empty USER', () => {
    catches(rule, 'FROM a:1\nUSER\n', [2])
  })
  it('looks only at the final stage', () => {
    doesNotCatch(rule, 'FROM a:1\nUSER root\nFROM b:1\nUSER app\n')
    catches(rule, 'FROM a:1 AS base\nUSER root\nFROM base\nRUN x\n', [2])
    doesNotCatch(rule, 'FROM a:1\nUSER root\nUSER 1000:0\n')
    doesNotCatch(rule, 'FROM a:1\nUSER 10\n')
  })
})
