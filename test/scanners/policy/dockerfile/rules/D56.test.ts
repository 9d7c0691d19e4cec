import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D56.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D56 setuid or setgid bit set', () => {
  it('flags symbolic and octal setuid, on the chmod line', () => {
    catches(rule, 'FROM debian:12\nRUN chmod u+s /usr/local/bin/tool\n', [2])
    catches(
      rule,
      'FROM debian:12\nRUN cp tool /usr/local/bin/ && \\\n    chmod 4755 /usr/local/bin/tool\n',
      [3]
    )
    catches(
      rule,
      'FROM debian:12\nRUN chmod 755 /bin/y && chmod 04755 /bin/z\n',
      [2]
    )
  })
  it('flags setgid in exec form', () => {
    catches(rule, 'FROM debian:12\nRUN ["chmod", "g+s", "/srv/shared"]\n', [2])
  })
  it('flags sh -c, sudo, -R and 6xxx, in every stage', () => {
    catches(
      rule,
      "FROM debian:12 AS a\nRUN sh -c 'chmod 2775 /srv/shared'\nFROM debian:12\nRUN sudo chmod +s /bin/x && chmod -R ug+rws /opt && chmod 06755 /bin/y\n",
      [2, 4, 4, 4]
    )
  })
  it('passes ordinary modes and the sticky bit', () => {
    doesNotCatch(rule, 'FROM debian:12\nRUN chmod 0755 /usr/local/bin/tool\n')
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN chmod -R 755 /app && chmod +x /app/run && chmod g+rwX /data && chmod 1777 /tmp/x && chmod +t /shared\n'
    )
  })
  it('passes removing the bits', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN chmod a-s /usr/bin/* && chmod u-s /bin/su\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN find / -perm /6000 -type f -exec chmod a-s {} + || true\n'
    )
  })
  it('passes text and setcap', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN echo "chmod u+s x" && setcap cap_net_bind_service=+ep /usr/bin/node\n'
    )
  })
  // Each comma-separated clause counts, and `=` sets bits as `+` does.
  it('flags setuid in a later clause or with =', () => {
    catches(
      rule,
      'FROM debian:12\nRUN chmod u+x,u+s /bin/y\nRUN chmod u=rwxs /bin/z\nRUN chmod go-w+s /bin/w\n',
      [2, 3, 4]
    )
  })
  it('passes clauses that remove s or only touch others', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN chmod u+x,g-s /bin/y && chmod u=rwx,go=rx /bin/z && chmod o+s /bin/w && chmod +x-s /bin/v\n'
    )
  })
})
