import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D50.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D50 interactive or pointless command in RUN', () => {
  it('flags service managers and editors, on their line', () => {
    catches(rule, 'FROM debian:12\nRUN service nginx start\n', [2])
    catches(
      rule,
      "FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y vim && \\\n    vim -c ':wq' /etc/x\n",
      [4]
    )
  })
  it('flags exec form', () => {
    catches(rule, 'FROM debian:12\nRUN ["systemctl", "enable", "nginx"]\n', [2])
  })
  it('flags sh -c, sudo and several commands in one RUN, in every stage', () => {
    catches(
      rule,
      "FROM debian:12 AS a\nRUN sh -c 'ps aux'\nFROM debian:12\nRUN sudo shutdown -h now; top -b -n1\n",
      [2, 4, 4]
    )
    catches(
      rule,
      'FROM debian:12\nRUN ssh -o StrictHostKeyChecking=no git@github.com\n',
      [2]
    )
  })
  it('passes starting a service in CMD or ENTRYPOINT', () => {
    doesNotCatch(rule, 'FROM debian:12\nCMD ["nginx", "-g", "daemon off;"]\n')
    doesNotCatch(
      rule,
      'FROM debian:12\nHEALTHCHECK CMD ps aux | grep nginx\nENTRYPOINT ["service", "nginx", "start"]\n'
    )
  })
  it('passes installing the tools and their useful relatives', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get install -y openssh-client vim-tiny procps && ssh-keygen -A && ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN mountpoint -q /x || true; killall -q x || true\n'
    )
  })
  it('passes the names in quoted text and an ssh mount', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN echo "service nginx start" > /start.sh && sed -i \'s/top/bottom/\' /etc/x\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN --mount=type=ssh git clone git@github.com:a/b.git\n'
    )
  })
})
