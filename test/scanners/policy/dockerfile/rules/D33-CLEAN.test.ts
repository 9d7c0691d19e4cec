import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D33-CLEAN.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D33-CLEAN yum/dnf/zypper cache not cleaned', () => {
  it('flags an install with no clean, on the line of the install', () => {
    catches(rule, 'FROM rockylinux:9\nRUN dnf install -y httpd\n', [2])
    catches(
      rule,
      'FROM rockylinux:9\nRUN yum clean all && \\\n    yum install -y httpd-2.4.57\n',
      [3]
    )
  })
  it('flags exec form, sh -c and every stage', () => {
    catches(
      rule,
      'FROM rockylinux:9\nRUN ["dnf", "install", "-y", "httpd"]\n',
      [2]
    )
    catches(
      rule,
      "FROM rockylinux:9 AS a\nRUN dnf install -y gcc\nFROM rockylinux:9\nRUN sh -c 'yum install -y httpd'\n",
      [2, 4]
    )
  })
  it('flags an install after the clean, or a clean that is not all', () => {
    catches(
      rule,
      'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean && zypper -n in git\n',
      [2]
    )
    catches(
      rule,
      'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd && microdnf clean metadata\n',
      [2]
    )
  })
  it('flags a clean left to the next RUN', () => {
    catches(
      rule,
      'FROM rockylinux:9\nRUN dnf install -y httpd\nRUN dnf clean all\n',
      [2]
    )
  })
  it('passes clean all, zypper clean/cc and sudo forms', () => {
    doesNotCatch(
      rule,
      'FROM rockylinux:9\nRUN dnf install -y httpd && dnf clean all\n'
    )
    doesNotCatch(
      rule,
      'FROM opensuse/leap:15.6\nRUN zypper -n in curl && zypper cc -a\n'
    )
    doesNotCatch(
      rule,
      'FROM rockylinux:9\nRUN sudo tdnf install -y httpd && sudo tdnf clean all\n'
    )
  })
  it('passes removing the cache directory after the install', () => {
    doesNotCatch(
      rule,
      'FROM rockylinux:9\nRUN yum install -y httpd && \\\n    rm -rf /var/cache/yum\n'
    )
    doesNotCatch(
      rule,
      'FROM rockylinux:9\nRUN dnf install -y httpd; rm -rf /var/cache/dnf/*\n'
    )
  })
  it('passes calls that do not install', () => {
    doesNotCatch(
      rule,
      'FROM rockylinux:9\nRUN dnf makecache && dnf -y update-minimal --security\n'
    )
  })
  // The cache is removed first and the install then fills it again.
  it('flags a cache removal or a clean that runs before the install', () => {
    catches(
      rule,
      'FROM rockylinux:9\nRUN rm -rf /var/cache/dnf && dnf install -y httpd\n',
      [2]
    )
    catches(
      rule,
      'FROM rockylinux:9\nRUN dnf install -y gcc && rm -rf /var/cache/dnf && \\\n    dnf install -y httpd\n',
      [3]
    )
  })
  // A BuildKit cache mount keeps the cache out of the layer, as the apk
  // (D31), apt (D26), pip and yarn rules accept.
  it('passes a mount on the cache directory', () => {
    doesNotCatch(
      rule,
      'FROM rockylinux:9\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd\n'
    )
    doesNotCatch(
      rule,
      'FROM opensuse/leap:15.6\nRUN --mount=type=cache,sharing=locked,dst=/var/cache/zypp zypper -n in curl\n'
    )
  })
  it('flags a mount elsewhere', () => {
    catches(
      rule,
      'FROM rockylinux:9\nRUN --mount=type=cache,target=/root/.cache dnf install -y httpd\n',
      [2]
    )
  })
})
