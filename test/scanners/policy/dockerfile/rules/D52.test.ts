import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D52.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D52 useradd with a high UID and without -l', () => {
  it('flags -u and --uid above 65535, on the useradd line', () => {
    catches(rule, 'FROM debian:12\nRUN useradd -u 123456 app\n', [2])
    catches(
      rule,
      'FROM debian:12\nRUN groupadd -g 100001 app && \\\n    useradd --uid 100001 -g app -m app\n',
      [3]
    )
  })
  it('flags --uid= in exec form', () => {
    catches(
      rule,
      'FROM debian:12\nRUN ["useradd", "--uid=70000", "app"]\n',
      [2]
    )
  })
  it('flags sh -c and sudo with a full path, in every stage', () => {
    catches(
      rule,
      "FROM debian:12 AS a\nRUN sh -c 'useradd -r -u 99999 app'\nFROM debian:12\nRUN sudo /usr/sbin/useradd -m -u 65536 app\n",
      [2, 4]
    )
  })
  it('passes --no-log-init, -l and -l in a cluster', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN useradd --no-log-init -u 123456 app\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN useradd -l -u 123456 app && useradd -rlm -u 200000 svc\n'
    )
  })
  it('passes low UIDs, up to 65535, and no UID', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN useradd -u 65535 app && useradd -u 10001 b && useradd app2\n'
    )
  })
  it('passes variables, usermod and adduser', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN useradd -u $UID app && usermod -u 123456 app && adduser -u 123456 -D app3\n'
    )
  })
})
