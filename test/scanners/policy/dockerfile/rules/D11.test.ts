import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D11.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D11 USER is not a numeric UID', () => {
  it('flags a user name, also with a numeric group', () => {
    catches(
      rule,
      'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER app\n',
      [3]
    )
    catches(rule, 'FROM alpine:3.20\nUSER app:10001\n', [2])
  })
  it('flags the last USER of the final stage only', () => {
    catches(rule, 'FROM a:1\nUSER 1000\nFROM b:1\nUSER nobody\n', [4])
    catches(rule, 'FROM a:1\nUSER 1000\nUSER app\n', [3])
  })
  it('looks through the stage the final one is built on', () => {
    catches(rule, 'FROM a:1 AS base\nUSER app\nFROM base\nCOPY x /x\n', [2])
  })
  it('flags a USER written over a continuation line', () => {
    catches(rule, 'FROM a:1\nUSER \\\n  app\n', [2])
  })
  it('passes numeric UIDs, with a numeric or named group', () => {
    doesNotCatch(rule, 'FROM alpine:3.20\nUSER 10001:10001\n')
    doesNotCatch(rule, 'FROM alpine:3.20\nUSER 10001:app\n')
    doesNotCatch(rule, 'FROM a:1\nUSER app\nUSER 1000\n')
  })
  it('passes earlier stages, root (CSG-D10) and variables', () => {
    doesNotCatch(rule, 'FROM a:1\nUSER app\nFROM b:1\nUSER 1000\n')
    doesNotCatch(rule, 'FROM a:1\nUSER root\nFROM b:1\nUSER 0:0\n')
    doesNotCatch(rule, 'FROM a:1\nUSER $APP_USER:$APP_GROUP\n')
  })
  it('passes a file without USER (CSG-D9 reports that)', () => {
    doesNotCatch(rule, 'FROM a:1\nRUN true\n')
  })
  // Docker runs USER through its word processor, which drops quotes, so
  // `USER "1000"` is UID 1000.
  it('reads a quoted numeric USER as a UID', () => {
    doesNotCatch(rule, 'FROM a:1\nUSER "1000"\n')
    doesNotCatch(rule, "FROM a:1\nUSER '1000:1000'\n")
    catches(rule, 'FROM a:1\nUSER "app"\n', [2])
  })
})
