import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D33-Y.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D33-Y yum/dnf/zypper install without -y', () => {
  it('flags installs that will wait for an answer', () => {
    catches(
      rule,
      'FROM rockylinux:9\nRUN dnf install httpd && dnf clean all\n',
      [2]
    )
    catches(
      rule,
      'FROM opensuse/leap:15.6\nRUN zypper in curl && zypper clean\n',
      [2]
    )
    catches(rule, 'FROM rockylinux:9\nRUN sudo -E dnf install httpd\n', [2])
  })
  it('points at the install on its continuation line', () => {
    catches(
      rule,
      'FROM rockylinux:9\nRUN yum update -y && \\\n    yum install httpd && \\\n    yum clean all\n',
      [3]
    )
  })
  it('flags exec form, sh -c and every stage', () => {
    catches(
      rule,
      'FROM rockylinux:9\nRUN ["microdnf", "install", "nginx"]\n',
      [2]
    )
    catches(
      rule,
      "FROM rockylinux:9 AS a\nRUN dnf install -y gcc\nFROM rockylinux:9\nRUN sh -c 'tdnf install nginx'\n",
      [4]
    )
  })
  it('flags options that do not answer yes', () => {
    catches(rule, 'FROM rockylinux:9\nRUN dnf install --nodocs httpd\n', [2])
  })
  it('passes -y before or after the subcommand, long and clustered', () => {
    doesNotCatch(rule, 'FROM rockylinux:9\nRUN dnf -y install httpd\n')
    doesNotCatch(
      rule,
      'FROM rockylinux:9\nRUN yum install --assumeyes httpd && dnf install -qy git\n'
    )
    doesNotCatch(
      rule,
      'FROM rockylinux:9\nRUN yum install -c /etc/yum.conf --disablerepo=* -y httpd\n'
    )
  })
  it("passes zypper's non-interactive forms", () => {
    doesNotCatch(
      rule,
      'FROM opensuse/leap:15.6\nRUN zypper -n in curl && zypper --non-interactive install git && zypper install -y vim\n'
    )
    doesNotCatch(
      rule,
      'FROM opensuse/leap:15.6\nRUN zypper --no-confirm in curl\n'
    )
  })
  it('passes calls that do not install', () => {
    doesNotCatch(
      rule,
      'FROM rockylinux:9\nRUN dnf update && dnf remove httpd && dnf makecache\n'
    )
  })
})
