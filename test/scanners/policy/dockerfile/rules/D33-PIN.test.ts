import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D33-PIN.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D33-PIN yum/dnf/zypper package version not pinned', () => {
  it('flags unpinned names in shell form and across continuations', () => {
    catches(
      rule,
      'FROM rockylinux:9\nRUN dnf install -y httpd && dnf clean all\n',
      [2]
    )
    catches(
      rule,
      'FROM rockylinux:9\nRUN yum install -y \\\n      httpd-2.4.57 \\\n      mod_ssl \\\n && yum clean all\n',
      [2]
    )
    catches(
      rule,
      'FROM rockylinux:9\nRUN dnf install -y python3.11 && dnf clean all\n',
      [2]
    )
  })
  it('flags exec form, sh -c and only the unpinned stage', () => {
    catches(
      rule,
      'FROM rockylinux:9\nRUN ["microdnf", "install", "-y", "nginx"]\n',
      [2]
    )
    catches(
      rule,
      "FROM rockylinux:9 AS a\nRUN yum install -y gcc-11.4.1 && yum clean all\nFROM rockylinux:9\nRUN sh -c 'tdnf install -y nginx' && tdnf clean all\n",
      [4]
    )
  })
  it('asks zypper for its own name=version syntax', () => {
    catches(
      rule,
      'FROM opensuse/leap:15.6\nRUN zypper -n install curl-8.6.0 && zypper clean\n',
      [2]
    )
  })
  it('passes yum-style versions, with releases and option values', () => {
    doesNotCatch(
      rule,
      'FROM rockylinux:9\nRUN dnf install -y httpd-2.4.57-5.el9 python3.11-3.11.7 && dnf clean all\n'
    )
    doesNotCatch(
      rule,
      'FROM rockylinux:9\nRUN dnf install -y --enablerepo crb --setopt=tsflags=nodocs httpd-2.4.57 && dnf clean all\n'
    )
  })
  it('passes zypper versions', () => {
    doesNotCatch(
      rule,
      'FROM opensuse/leap:15.6\nRUN zypper -n install "curl=8.6.0" && zypper clean\n'
    )
  })
  it('passes groups, module streams, files, URLs and variables', () => {
    doesNotCatch(
      rule,
      'FROM rockylinux:9\nRUN dnf install -y @nodejs:20 /tmp/x.rpm https://example.com/x-1.rpm $EXTRA && dnf clean all\n'
    )
    doesNotCatch(
      rule,
      'FROM rockylinux:9\nRUN dnf module install -y nodejs:20 && dnf clean all\n'
    )
  })
  it('passes calls that do not install', () => {
    doesNotCatch(
      rule,
      'FROM rockylinux:9\nRUN dnf remove -y httpd && dnf update -y && dnf clean all\n'
    )
  })
})
