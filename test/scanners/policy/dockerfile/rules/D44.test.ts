import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D44.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D44 EXPOSE port out of range or malformed', () => {
  it('flags ports above 65535, with or without a protocol', () => {
    catches(rule, 'FROM alpine:3.20\nEXPOSE 65536\n', [2])
    catches(
      rule,
      'FROM alpine:3.20 AS a\nEXPOSE 9000-8000\nFROM alpine:3.20\nEXPOSE 70000/tcp\n',
      [2, 4]
    )
  })
  it('flags host mappings, names and unknown protocols', () => {
    catches(rule, 'FROM alpine:3.20\nEXPOSE 8080 \\\n       8080:80\n', [2])
    catches(rule, 'FROM alpine:3.20\nEXPOSE http 443\nEXPOSE 80/icmp\n', [2, 3])
    catches(rule, 'FROM alpine:3.20\nEXPOSE 1.2.3.4:80\n', [2])
  })
  it('flags negative numbers and a bare slash', () => {
    catches(rule, 'FROM alpine:3.20\nEXPOSE -1\nEXPOSE 8080/\n', [2, 3])
  })
  it('passes the edges of the range, ranges and every protocol', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nEXPOSE 8080/tcp 53/udp 0 65535 7000-7010/udp 9000/sctp\n'
    )
    doesNotCatch(rule, 'FROM alpine:3.20\nEXPOSE 80/TCP\n')
  })
  it('passes variables, whose value is unknown', () => {
    doesNotCatch(rule, 'FROM alpine:3.20\nEXPOSE $PORT ${METRICS_PORT}/tcp\n')
  })
  it('passes a repeated port and an empty EXPOSE', () => {
    doesNotCatch(rule, 'FROM alpine:3.20\nEXPOSE 80 80\n')
    doesNotCatch(rule, 'FROM alpine:3.20\nEXPOSE\n')
  })
})
