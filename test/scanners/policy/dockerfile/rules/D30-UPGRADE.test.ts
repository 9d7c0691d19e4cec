import { describe, expect, it } from '@jest/globals'
import type { PolicyConfig } from '../../../../../src/config/config.js'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D30-UPGRADE.js'
import { isRuleEnabled } from '../../../../../src/scanners/policy/settings.js'
import { catches, defaultPolicy, doesNotCatch } from './helper.js'

describe('CSG-D30-UPGRADE package upgrade in a build', () => {
  it('is off by default and not turned on by level: strict', () => {
    const strict: PolicyConfig = { ...defaultPolicy, level: 'strict' }
    const on: PolicyConfig = {
      ...defaultPolicy,
      rules: { 'CSG-D30-UPGRADE': { enabled: true } }
    }

    expect(isRuleEnabled(rule.meta, defaultPolicy)).toBe(false)
    expect(isRuleEnabled(rule.meta, strict)).toBe(false)
    expect(isRuleEnabled(rule.meta, on)).toBe(true)
  })
  it('flags apk and apt upgrades', () => {
    catches(rule, 'FROM alpine:3.20\nRUN apk upgrade --no-cache\n', [2])
    catches(
      rule,
      'FROM debian:12\nRUN apt-get update && \\\n    apt-get upgrade -y\nRUN apt upgrade -y\n',
      [3, 4]
    )
  })
  it('flags yum/dnf/microdnf/tdnf updates without package names', () => {
    catches(
      rule,
      'FROM fedora:40\nRUN yum update -y\nRUN dnf -y upgrade --refresh\nRUN microdnf update\nRUN tdnf upgrade -y\n',
      [2, 3, 4, 5]
    )
  })
  it('flags zypper up, update and patch', () => {
    catches(
      rule,
      'FROM opensuse/leap:15\nRUN zypper up -y\nRUN zypper patch -y\nRUN zypper update -y\n',
      [2, 3, 4]
    )
  })
  it('flags exec form and sh -c', () => {
    catches(
      rule,
      'FROM debian:12\nRUN ["apk", "upgrade"]\nRUN sh -c "apt-get upgrade -y"\n',
      [2, 3]
    )
  })
  it('passes updates of named packages', () => {
    doesNotCatch(
      rule,
      'FROM fedora:40\nRUN yum update -y openssl\nRUN dnf upgrade -y curl\nRUN zypper up -y curl\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get install --only-upgrade -y openssl\n'
    )
  })
  it('passes distribution upgrades (CSG-D30) and index updates', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get dist-upgrade -y\nRUN zypper dup -y\nRUN apt-get update\nRUN apk update\n'
    )
  })
  it('passes pinned installs and language package upgrades', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN pip install --upgrade pip\nRUN npm update\n'
    )
  })
  // `apk upgrade libssl3 libcrypto3` upgrades only the named packages (a
  // common way to pick up one fix), as yum, dnf and zypper's operands do.
  it('passes an apk upgrade of named packages', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nRUN apk upgrade --no-cache libssl3 libcrypto3\n'
    )
    catches(rule, 'FROM alpine:3.20\nRUN apk -U upgrade --no-cache\n', [2])
  })
})
