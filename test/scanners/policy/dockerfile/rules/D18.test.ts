import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D18.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D18 downloaded script run unverified', () => {
  it('flags pipes into shells, with sudo and flags', () => {
    catches(rule, 'FROM a:1\nRUN curl -fsSL https://x | sh\n', [2])
    catches(
      rule,
      'FROM a:1\nRUN apt-get update && \\\n  wget -qO- https://x | sudo -E bash -s -- -y\n',
      [3]
    )
    catches(rule, 'FROM a:1\nRUN curl -s x | tee /tmp/i | python3 -\n', [2])
  })
  it('flags process and command substitution', () => {
    catches(rule, 'FROM a:1\nRUN bash <(wget -qO- https://x)\n', [2])
    catches(rule, 'FROM a:1\nRUN sh -c "$(curl -fsSL https://x)"\n', [2])
    catches(rule, 'FROM a:1\nRUN bash < <(curl -s https://x)\n', [2])
    catches(rule, 'FROM a:1\nRUN eval "$(curl -s https://x)"\n', [2])
  })
  it('looks into sh -c scripts and exec form', () => {
    catches(rule, 'FROM a:1\nRUN ["/bin/sh", "-c", "curl -s x | bash"]\n', [2])
    catches(
      rule,
      "FROM a:1\nRUN su app -s /bin/sh -c 'true' && sh -c 'wget -O- x | sh'\n",
      [2]
    )
  })
  it('passes downloads that are verified before running', () => {
    doesNotCatch(
      rule,
      'FROM a:1\nRUN curl -fsSLo i.sh https://x && echo "ab  i.sh" | sha256sum -c - && sh i.sh\n'
    )
    doesNotCatch(rule, 'FROM a:1\nRUN curl -s x | tar xz && bash ./configure\n')
    doesNotCatch(
      rule,
      'FROM a:1\nRUN curl -s x | bash ./read-from-stdin-data.sh\n'
    )
  })
})
