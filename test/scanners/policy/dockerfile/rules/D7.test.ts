import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D7.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D7 build tools installed in the final stage', () => {
  it('flags compilers installed by apt, dnf, yum and zypper', () => {
    catches(
      rule,
      'FROM debian:12-slim\nRUN apt-get install -y --no-install-recommends gcc make\n',
      [2]
    )
    catches(
      rule,
      'FROM fedora:40\nRUN dnf install -y gcc-c++ openssl-devel && dnf clean all\n',
      [2]
    )
    catches(
      rule,
      'FROM suse:15\nRUN zypper in -y gcc\nRUN yum install -y cmake\n',
      [2, 3]
    )
  })
  it('points at the line of the install inside a continued RUN', () => {
    catches(
      rule,
      'FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl \\\n && apk add --no-cache build-base musl-dev\n',
      [4]
    )
  })
  it('flags exec form, sh -c, sudo and pinned -dev packages', () => {
    catches(rule, 'FROM alpine:3.20\nRUN ["apk", "add", "build-base"]\n', [2])
    catches(rule, 'FROM alpine:3.20\nRUN sh -c "apk add --no-cache gcc"\n', [2])
    catches(rule, 'FROM debian:12\nRUN sudo apt-get install -y gcc\n', [2])
    catches(
      rule,
      'FROM debian:12\nRUN apt-get install -y libssl-dev=3.0.11-1 openjdk-17-jdk\n',
      [2]
    )
  })
  it('flags the final stage of a multi-stage build only', () => {
    catches(
      rule,
      'FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM debian:12-slim\nRUN apt-get install -y make\n',
      [4]
    )
  })
  it('passes build tools left behind in a build stage', () => {
    doesNotCatch(
      rule,
      'FROM debian:12 AS build\nRUN apt-get install -y gcc make\nFROM debian:12-slim\nCOPY --from=build /out /app\n'
    )
  })
  it('passes runtime packages whose names only resemble build tools', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get install -y libssl3 devscripts make-guile openjdk-17-jre\n'
    )
  })
  it('passes removals, pip/npm packages and package lists in variables', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get purge -y --auto-remove gcc\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN pip install make\nRUN npm i -g gcc\n'
    )
    doesNotCatch(rule, 'FROM debian:12\nRUN apt-get install -y ${BUILD_PKGS}\n')
  })
  it('leaves stages the final one builds on to the documented limit', () => {
    // Documented: only the final stage itself is checked.
    doesNotCatch(
      rule,
      'FROM debian:12 AS base\nRUN apt-get install -y gcc\nFROM base\nRUN true\n'
    )
  })
  // Build dependencies installed as a virtual package and deleted in the
  // same RUN never reach a layer (the pattern of many official images).
  it('passes build tools removed again in the same RUN', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev \\\n && make \\\n && apk del .build-deps\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get install -y gcc make && make && apt-get purge -y gcc make\n'
    )
  })
  it('flags build tools removed in a later RUN or only in part', () => {
    catches(
      rule,
      'FROM alpine:3.20\nRUN apk add -t .deps gcc\nRUN apk del .deps\n',
      [2]
    )
    catches(
      rule,
      'FROM debian:12\nRUN apt-get install -y gcc make && apt-get purge -y gcc\n',
      [2]
    )
    catches(
      rule,
      'FROM alpine:3.20\nRUN apk del .deps && apk add --virtual .deps gcc\n',
      [2]
    )
  })
})
