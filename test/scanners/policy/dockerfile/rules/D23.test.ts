import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D23.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D23 password set in the image', () => {
  it('flags chpasswd, also with sudo and -e', () => {
    catches(rule, "FROM ubuntu:24.04\nRUN echo 'root:root' | chpasswd\n", [2])
    catches(rule, 'FROM a:1\nRUN echo "root:pw" | sudo chpasswd\n', [2])
    catches(
      rule,
      'FROM a:1\nRUN adduser -D app && echo "app:pw" | chpasswd -e\n',
      [2]
    )
  })
  it('points at the chpasswd line inside a continued pipe', () => {
    catches(
      rule,
      'FROM a:1\nRUN useradd -m app && \\\n    echo "app:secret" | \\\n    chpasswd\n',
      [4]
    )
  })
  it('flags useradd/usermod -p and --password, also in a cluster', () => {
    catches(
      rule,
      'FROM a:1\nRUN useradd -m -p "$(openssl passwd -1 pw)" app\nRUN usermod --password x app\nRUN useradd --password=x b\n',
      [2, 3, 4]
    )
  })
  it('flags passwd --stdin and exec form with a full path', () => {
    catches(rule, 'FROM a:1\nRUN echo pw | passwd --stdin root\n', [2])
    catches(
      rule,
      'FROM a:1\nRUN ["/bin/sh", "-c", "echo a:b | /usr/sbin/chpasswd"]\n',
      [2]
    )
  })
  it('passes accounts created without a password', () => {
    doesNotCatch(
      rule,
      'FROM ubuntu:24.04\nRUN useradd --no-log-init -r -u 10001 app\n'
    )
    doesNotCatch(
      rule,
      'FROM a:1\nRUN useradd -u 1000 -g 1000 -P /etc -s /sbin/nologin app\nRUN usermod -aG docker app\n'
    )
  })
  it('passes passwd that deletes or locks a password', () => {
    doesNotCatch(rule, 'FROM a:1\nRUN passwd -d root\nRUN passwd -l root\n')
  })
  it('passes the words in other commands', () => {
    doesNotCatch(
      rule,
      'FROM a:1\nRUN echo chpasswd\nRUN apt-get install -y passwd\n'
    )
  })
  // On Debian and Ubuntu `passwd` reads the new password twice from a pipe.
  it('flags passwd fed through a pipe', () => {
    catches(rule, 'FROM a:1\nRUN echo -e "pw\\npw" | passwd root\n', [2])
    catches(rule, "FROM a:1\nRUN printf 'a\\na\\n' | sudo passwd app\n", [2])
  })
  it('passes a pipe into passwd that locks or deletes', () => {
    doesNotCatch(rule, 'FROM a:1\nRUN true | passwd -l root\n')
    doesNotCatch(rule, 'FROM a:1\nRUN yes | passwd --delete app\n')
  })
})
