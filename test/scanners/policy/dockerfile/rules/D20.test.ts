import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D20.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D20 package signature or TLS checks disabled', () => {
  it('flags apt options that skip signatures, also via -o', () => {
    catches(
      rule,
      'FROM debian:12\nRUN apt-get install -y --allow-unauthenticated curl\n',
      [2]
    )
    catches(
      rule,
      'FROM debian:12\nRUN apt-get -o APT::Get::AllowUnauthenticated=true install -y x\n',
      [2]
    )
  })
  it('points at the command line inside a continued RUN', () => {
    catches(
      rule,
      'FROM debian:12\nRUN apt-get update && \\\n    apt-get -y --force-yes install curl\n',
      [3]
    )
  })
  it('flags apk, rpm and yum/dnf/microdnf', () => {
    catches(
      rule,
      'FROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/x.apk\n',
      [2]
    )
    catches(
      rule,
      'FROM fedora:40\nRUN rpm -i --nosignature x.rpm\nRUN rpm -ivh --nodigest y.rpm\n',
      [2, 3]
    )
    catches(
      rule,
      'FROM fedora:40\nRUN dnf install -y --nogpgcheck x\nRUN yum --nogpgcheck install -y y\nRUN microdnf install --nogpgcheck z\n',
      [2, 3, 4]
    )
  })
  it('flags sslverify turned off through config-manager', () => {
    catches(
      rule,
      'FROM fedora:40\nRUN yum-config-manager --setopt=sslverify=0 --save\nRUN dnf config-manager --setopt=myrepo.sslverify=false --save\n',
      [2, 3]
    )
  })
  it('flags exec form, sh -c and sudo', () => {
    catches(
      rule,
      'FROM fedora:40\nRUN ["dnf", "install", "-y", "--nogpgcheck", "x"]\n',
      [2]
    )
    catches(
      rule,
      'FROM alpine:3.20\nRUN sh -c "apk add --allow-untrusted x"\n',
      [2]
    )
    catches(
      rule,
      'FROM debian:12\nRUN sudo apt-get install -y --allow-unauthenticated x\n',
      [2]
    )
  })
  it('passes installs with checks on, and key imports', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get install -y --no-install-recommends --allow-downgrades curl\n'
    )
    doesNotCatch(
      rule,
      'FROM fedora:40\nRUN rpm --import https://x/key.asc && rpm -K x.rpm && dnf install -y --setopt=sslverify=1 x\n'
    )
  })
  it('passes the option words given to other programs', () => {
    doesNotCatch(
      rule,
      'FROM fedora:40\nRUN echo --nogpgcheck && grep -r --allow-unauthenticated .\n'
    )
    doesNotCatch(
      rule,
      'FROM fedora:40\nRUN dnf install -y --nogpgcheck-foo x\n'
    )
  })
  // `sslverify=0` given to an install turns TLS off for that install.
  it('flags --setopt=sslverify=0 on a dnf install', () => {
    catches(
      rule,
      'FROM fedora:40\nRUN dnf install -y --setopt=sslverify=0 x\nRUN yum --setopt sslverify=false install x\n',
      [2, 3]
    )
    doesNotCatch(
      rule,
      'FROM fedora:40\nRUN dnf install -y --setopt=install_weak_deps=0 x\n'
    )
  })
  it('flags zypper --no-gpg-checks and --allow-unsigned-rpm', () => {
    catches(
      rule,
      'FROM opensuse/leap:15\nRUN zypper --no-gpg-checks install -y x\nRUN zypper in --allow-unsigned-rpm ./x.rpm\n',
      [2, 3]
    )
    doesNotCatch(
      rule,
      'FROM opensuse/leap:15\nRUN zypper --gpg-auto-import-keys refresh\n'
    )
  })
})
