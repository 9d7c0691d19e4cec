import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D30.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D30 dist-upgrade in a build', () => {
  it('flags apt-get dist-upgrade and apt full-upgrade', () => {
    catches(
      rule,
      'FROM debian:12\nRUN apt-get update && apt-get dist-upgrade -y\n',
      [2]
    )
    catches(
      rule,
      'FROM debian:12\nRUN apt-get update && \\\n    apt full-upgrade -y\n',
      [3]
    )
  })
  it('flags zypper dup and dnf distro-sync/system-upgrade', () => {
    catches(
      rule,
      'FROM opensuse/leap:15\nRUN zypper dup -y\nRUN zypper --non-interactive dist-upgrade\n',
      [2, 3]
    )
    catches(
      rule,
      'FROM fedora:40\nRUN dnf distro-sync -y\nRUN dnf system-upgrade download --releasever=41\n',
      [2, 3]
    )
  })
  it('flags exec form, sh -c, sudo and options before the subcommand', () => {
    catches(
      rule,
      'FROM debian:12\nRUN ["apt-get", "dist-upgrade", "-y"]\nRUN sh -c "apt-get -y dist-upgrade"\n',
      [2, 3]
    )
    catches(
      rule,
      'FROM debian:12\nRUN sudo apt-get -o Dpkg::Options::=--force-confnew dist-upgrade -y\n',
      [2]
    )
  })
  it('passes plain upgrades (CSG-D30-UPGRADE)', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get upgrade -y\nRUN apk upgrade\nRUN yum update -y\nRUN zypper up -y\n'
    )
  })
  it('passes the words as package names or in other programs', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get install -y dist-upgrade-helper\nRUN echo apt-get dist-upgrade\n'
    )
  })
  it('passes installs on a newer base', () => {
    doesNotCatch(
      rule,
      'FROM debian:12.7\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n'
    )
  })
})
