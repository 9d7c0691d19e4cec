import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D49.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D49 both wget and curl used', () => {
  it('flags the second tool where it is first used', () => {
    catches(
      rule,
      'FROM debian:12\nRUN wget -q https://example.com/a\nRUN curl -fsSO https://example.com/b\n',
      [3]
    )
    catches(
      rule,
      'FROM debian:12\nRUN curl -fsSLO https://x/a && \\\n    wget -q https://x/b && \\\n    wget -q https://x/c\n',
      [3]
    )
  })
  it('flags exec form mixed with sh -c', () => {
    catches(
      rule,
      'FROM debian:12\nRUN ["wget", "-q", "https://x/a"]\nRUN sh -c \'curl -fsS https://x/b\'\n',
      [3]
    )
  })
  it('checks each stage, full paths included', () => {
    catches(
      rule,
      'FROM debian:12 AS a\nRUN curl -fsS https://x/a\nRUN /usr/bin/wget https://x/b\nFROM debian:12\nRUN wget https://x/c && curl https://x/d\n',
      [3, 5]
    )
  })
  it('passes one tool used several times', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN curl -fsSO https://example.com/a && curl -fsSO https://example.com/b\n'
    )
  })
  it('passes one tool per stage', () => {
    doesNotCatch(
      rule,
      'FROM debian:12 AS fetch\nRUN wget -q https://x/a\nFROM debian:12\nRUN curl -fsSO https://x/b\n'
    )
  })
  it('passes the names as packages, arguments and outside RUN', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get install -y curl wget && curl -fsS https://x/wget.tar.gz | tar xz && echo wget\nHEALTHCHECK CMD wget -q -O- http://localhost/\n'
    )
  })
})
