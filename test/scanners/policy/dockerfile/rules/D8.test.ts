import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D8.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D8 stage alias misused', () => {
  it('flags copying from the stage itself and a duplicate alias', () => {
    catches(
      rule,
      'FROM golang:1.22 AS build\nCOPY --from=build /src /src\nFROM alpine:3.20 AS build\n',
      [2, 3]
    )
  })
  it('flags reserved aliases and duplicates in any case', () => {
    catches(rule, 'FROM a:1 AS scratch\nFROM b:1 as Context\n', [1, 2])
    catches(rule, 'FROM a:1 AS Build\nFROM b:1 AS build\n', [2])
  })
  it('flags stage numbers and names that are not earlier stages', () => {
    catches(
      rule,
      'FROM a:1\nCOPY --from=0 /x /x\nFROM b:1\nCOPY --from=0 /x /x\nCOPY --from=1 /y /y\nCOPY --from=2 /z /z\n',
      [2, 5, 6]
    )
    catches(
      rule,
      'FROM a:1 AS one\nCOPY --from=two /x /x\nFROM b:1 AS two\n',
      [2]
    )
  })
  it('flags a one-word --from that names no stage, also when continued', () => {
    catches(rule, 'FROM a:1\nCOPY --from=bulid /x /x\n', [2])
    catches(
      rule,
      'FROM a:1 AS build\nFROM b:1\nCOPY \\\n  --from=buidl \\\n  /x /x\n',
      [3]
    )
  })
  it('passes copies from earlier stages by alias or number, in any case', () => {
    doesNotCatch(
      rule,
      'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app\n'
    )
    doesNotCatch(
      rule,
      'FROM a:1 AS build\nFROM b:1\nCOPY --from=BUILD /x /x\nCOPY --from=0 /y /y\n'
    )
  })
  it('passes --from values that are image references or variables', () => {
    doesNotCatch(
      rule,
      'FROM a:1\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\nCOPY --from=ghcr.io/x/y /a /a\nCOPY --from=busybox@sha256:abc /bin /bin\n'
    )
    doesNotCatch(
      rule,
      'ARG S=build\nFROM a:1 AS build\nFROM b:1\nCOPY --from=${S} /x /x\n'
    )
  })
  it('passes unnamed stages and a stage built on an earlier one', () => {
    doesNotCatch(
      rule,
      'FROM a:1\nFROM b:1\nFROM c:1 AS base\nFROM base AS app\n'
    )
  })
})
