import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D43.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D43 SSH port exposed', () => {
  it('flags port 22 alone, with a protocol and among others', () => {
    catches(rule, 'FROM debian:12\nEXPOSE 22\n', [2])
    catches(rule, 'FROM debian:12\nEXPOSE 80 443 \\\n       22/tcp\n', [2])
    catches(rule, 'FROM debian:12\nexpose 022\n', [2])
  })
  it('flags ranges that include 22, in every stage', () => {
    catches(
      rule,
      'FROM debian:12 AS a\nEXPOSE 20-30\nFROM debian:12\nEXPOSE 8080\nEXPOSE 22/udp\n',
      [2, 5]
    )
  })
  it('passes other ports', () => {
    doesNotCatch(rule, 'FROM debian:12\nEXPOSE 8080\n')
  })
  it('passes ports that merely contain 22, and ranges around it', () => {
    doesNotCatch(rule, 'FROM debian:12\nEXPOSE 2222 220 122 23-25 1-21\n')
  })
  it('passes 22 outside EXPOSE', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\n# EXPOSE 22\nLABEL port=22\nRUN echo "EXPOSE 22"\n'
    )
  })
})
