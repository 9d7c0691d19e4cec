import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D27.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D27 package index update alone in its RUN', () => {
  it('flags apt-get and apk updates without an install', () => {
    catches(
      rule,
      'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n',
      [2]
    )
    catches(rule, 'FROM alpine:3.20\nRUN apk update\nRUN apk add curl\n', [2])
  })
  it('flags the update line of a continued RUN', () => {
    catches(
      rule,
      'FROM debian:12\nRUN set -eux; \\\n    apt-get update; \\\n    apt-cache policy curl\n',
      [3]
    )
  })
  it('flags exec form and sh -c', () => {
    catches(
      rule,
      'FROM debian:12\nRUN ["apt-get", "update"]\nRUN sh -c "apt-get update"\n',
      [2, 3]
    )
  })
  it('flags dnf makecache, yum update, zypper refresh and microdnf update', () => {
    catches(
      rule,
      'FROM fedora:40\nRUN dnf makecache\nRUN yum update -y\nRUN zypper refresh\nRUN microdnf update\n',
      [2, 3, 4, 5]
    )
  })
  it('passes an update followed by an install or upgrade in the same RUN', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get update && apt-get -y upgrade\nRUN apt-get update && apt-get dist-upgrade -y\n'
    )
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nRUN apk update && apk upgrade\nRUN dnf -y update && dnf -y install x\n'
    )
  })
  it('passes apk --update, which refreshes and installs at once', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nRUN apk add --update curl\nRUN apk --update add x\n'
    )
  })
  it('passes the words given to another program', () => {
    doesNotCatch(rule, 'FROM debian:12\nRUN echo apt-get update\n')
  })
  // `apt-get build-dep` and `apt-get satisfy` install packages too.
  it('passes an update followed by apt-get build-dep', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get update && apt-get build-dep -y x\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get update && apt-get satisfy -y "x (>= 1)"\n'
    )
  })
})
