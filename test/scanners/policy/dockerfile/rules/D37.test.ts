import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D37.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D37 cd in RUN instead of WORKDIR', () => {
  it('flags cd, on the line of the cd', () => {
    catches(rule, 'FROM debian:12\nRUN cd /app && make\n', [2])
    catches(
      rule,
      'FROM debian:12\nRUN git clone https://x/y.git /src && \\\n    cd /src && \\\n    make install\n',
      [3]
    )
    catches(rule, 'FROM debian:12\nRUN <<EOT\ncd /src\nmake\nEOT\n', [3])
  })
  it('flags exec form with sh -c, and sh -c in any stage', () => {
    catches(
      rule,
      'FROM debian:12\nRUN ["/bin/sh", "-c", "cd /app && make"]\n',
      [2]
    )
    catches(
      rule,
      "FROM debian:12 AS a\nRUN cd /a && make\nFROM debian:12\nRUN sh -c 'cd /b && make'\n",
      [2, 4]
    )
  })
  it('flags cd in a subshell and a substitution, as hadolint does', () => {
    catches(
      rule,
      'FROM debian:12\nRUN (cd /src && make) && echo "$(cd /x && pwd)"\n',
      [2, 2]
    )
  })
  it('flags an ONBUILD RUN', () => {
    catches(rule, 'FROM debian:12\nONBUILD RUN cd /app && make\n', [2])
  })
  it('passes WORKDIR and make -C', () => {
    doesNotCatch(rule, 'FROM debian:12\nWORKDIR /app\nRUN make\n')
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN make -C /src install && echo "cd /app" > /etc/profile.d/x.sh\n'
    )
  })
  it('passes commands that only start with cd, and pushd', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN cdrecord --help; pushd /x; ls ./cd\n'
    )
  })
  it('passes cd in CMD and in comments', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\n# RUN cd /app\nCMD cd /app && ./start\n'
    )
  })
})
