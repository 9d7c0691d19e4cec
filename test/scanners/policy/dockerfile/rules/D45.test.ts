import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D45.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D45 MAINTAINER is deprecated', () => {
  it('flags MAINTAINER', () => {
    catches(rule, 'FROM alpine:3.20\nMAINTAINER team@example.com\n', [2])
  })
  it('flags it in any case, stage and layout', () => {
    catches(
      rule,
      'FROM alpine:3.20 AS a\nmaintainer "Jane <jane@example.com>"\nFROM alpine:3.20\nMAINTAINER \\\n  ops@example.com\n',
      [2, 4]
    )
  })
  it('flags it before the first FROM', () => {
    catches(rule, 'MAINTAINER x@example.com\nFROM alpine:3.20\n', [1])
  })
  it('passes the OCI authors label', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="team@example.com"\n'
    )
  })
  it('passes a maintainer label', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nLABEL maintainer="team@example.com"\n'
    )
  })
  it('passes the word in comments and commands', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\n# MAINTAINER old@example.com\nRUN echo MAINTAINER\n'
    )
  })
})
