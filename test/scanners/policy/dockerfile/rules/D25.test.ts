import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D25.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D25 apt-get install without --no-install-recommends', () => {
  it('flags apt-get and apt installs', () => {
    catches(rule, 'FROM debian:12\nRUN apt-get install -y curl\n', [2])
    catches(rule, 'FROM debian:12\nRUN sudo apt install -y curl\n', [2])
  })
  it('flags each install of a continued RUN on its own line', () => {
    catches(
      rule,
      'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y \\\n      curl \\\n && apt install -y wget\n',
      [3, 5]
    )
  })
  it('flags exec form and sh -c', () => {
    catches(
      rule,
      'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]\n',
      [2]
    )
    catches(rule, 'FROM debian:12\nRUN sh -c "apt-get install -y curl"\n', [2])
  })
  it('flags --no-install-suggests, which is not the same switch', () => {
    catches(
      rule,
      'FROM debian:12\nRUN apt-get install -y --no-install-suggests curl\n',
      [2]
    )
  })
  it('passes the switch and the APT::Install-Recommends option', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y x\nRUN apt-get install -y -o "APT::Install-Recommends=0" x\n'
    )
  })
  it('passes subcommands other than install', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get update && apt-get -y upgrade && apt-get remove -y x\n'
    )
  })
})
