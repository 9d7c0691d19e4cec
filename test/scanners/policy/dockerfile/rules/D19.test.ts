import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D19.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D19 TLS certificate checks disabled in a download', () => {
  it('flags curl -k, also in a cluster, and --insecure', () => {
    catches(
      rule,
      'FROM alpine:3.20\nRUN curl -kfsSLo /tmp/a.tgz https://example.com/a.tgz\n',
      [2]
    )
    catches(
      rule,
      'FROM a:1\nRUN curl --insecure https://x\nRUN wget --no-check-certificate https://x\n',
      [2, 3]
    )
  })
  it('points at the command line inside a continued RUN', () => {
    catches(
      rule,
      'FROM a:1\nRUN apt-get update && \\\n    wget -q \\\n      --no-check-certificate https://x && \\\n    curl -sSk https://y\n',
      [3, 5]
    )
  })
  it('flags exec form, sh -c, substitutions and heredocs', () => {
    catches(rule, 'FROM a:1\nRUN ["curl", "-k", "https://x"]\n', [2])
    catches(rule, 'FROM a:1\nRUN sh -c "curl -k https://x"\n', [2])
    catches(rule, 'FROM a:1\nRUN X=$(curl -k https://x) && echo $X\n', [2])
    catches(rule, 'FROM a:1\nRUN <<EOF\nset -e\ncurl -k https://x\nEOF\n', [4])
  })
  it('flags full paths and sudo', () => {
    catches(
      rule,
      'FROM a:1\nRUN /usr/bin/curl -k https://x\nRUN sudo wget --no-check-certificate https://x\n',
      [2, 3]
    )
  })
  it('passes downloads with checks on', () => {
    doesNotCatch(
      rule,
      'FROM a:1\nRUN curl -fsSL https://x\nRUN wget -q https://x\n'
    )
  })
  it('passes k in values, other options and other programs', () => {
    doesNotCatch(
      rule,
      'FROM a:1\nRUN curl -H "X-k: 1" --key key.pem --cacert ca.pem -o k https://x\n'
    )
    doesNotCatch(rule, 'FROM a:1\nRUN curl -K config.txt https://x\n')
    doesNotCatch(
      rule,
      'FROM a:1\nRUN echo curl -k https://x\nRUN grep -k foo\n'
    )
  })
})
