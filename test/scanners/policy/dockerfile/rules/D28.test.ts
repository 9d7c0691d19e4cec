import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D28.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D28 apt used instead of apt-get', () => {
  it('flags apt with a subcommand', () => {
    catches(rule, 'FROM debian:12\nRUN apt install -y curl\n', [2])
    catches(rule, 'FROM debian:12\nRUN apt --version\n', [2])
  })
  it('flags each apt command of a continued RUN on its own line', () => {
    catches(
      rule,
      'FROM debian:12\nRUN apt update && \\\n    apt upgrade -y\n',
      [2, 3]
    )
  })
  it('flags exec form, sh -c, a full path and sudo', () => {
    catches(
      rule,
      'FROM debian:12\nRUN ["apt", "install", "-y", "x"]\nRUN sh -c "apt-get update && apt install -y x"\n',
      [2, 3]
    )
    catches(
      rule,
      'FROM debian:12\nRUN /usr/bin/apt install -y x\nRUN sudo apt install -y x\n',
      [2, 3]
    )
  })
  it('passes apt-get, apt-cache, apt-mark and aptitude', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get install -y curl && apt-cache search x && apt-mark hold x && aptitude install -y y\n'
    )
  })
  it('passes paths and words that contain apt', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* /etc/apt\n'
    )
    doesNotCatch(rule, 'FROM debian:12\nRUN echo apt install x\n')
  })
  it('passes apt without arguments', () => {
    doesNotCatch(rule, 'FROM debian:12\nRUN apt\n')
  })
})
