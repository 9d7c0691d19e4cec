import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D32.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D32 apk package version not pinned', () => {
  it('flags unpinned names in shell form and across continuations', () => {
    catches(rule, 'FROM alpine:3.20\nRUN apk add --no-cache curl\n', [2])
    catches(
      rule,
      'FROM alpine:3.20\nRUN apk add --no-cache \\\n      curl=8.9.1-r1 \\\n      git\n',
      [2]
    )
  })
  it('flags exec form and sh -c', () => {
    catches(
      rule,
      'FROM alpine:3.20\nRUN ["apk", "add", "--no-cache", "curl"]\n',
      [2]
    )
    catches(
      rule,
      'FROM alpine:3.20\nRUN sh -c "apk add --no-cache curl"\n',
      [2]
    )
  })
  it('flags only the stage that leaves a name unpinned', () => {
    catches(
      rule,
      'FROM alpine:3.20 AS a\nRUN apk add --no-cache gcc=13.2.1-r0\nFROM alpine:3.20\nRUN apk update && \\\n    apk add --no-cache make\n',
      [5]
    )
  })
  it('passes exact and fuzzy versions and comparisons', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1 git~2.45\n'
    )
    doesNotCatch(rule, 'FROM alpine:3.20\nRUN apk add --no-cache "curl>8.0"\n')
  })
  it('passes local .apk files, paths and variables', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nRUN apk add --no-cache ./local.apk $PACKAGES /tmp/pkgs/x.apk\n'
    )
  })
  it('passes other subcommands and repository options', () => {
    doesNotCatch(rule, 'FROM alpine:3.20\nRUN apk del curl && apk info curl\n')
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nRUN apk add --no-cache -X https://dl-cdn.alpinelinux.org/alpine/edge/testing foo=1.0-r0\n'
    )
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nRUN apk add --no-cache -t .deps foo=1.0-r0\n'
    )
  })
  // `--virtual` (like its short form `-t`) takes the virtual package's
  // name, the usual Alpine build-dependency idiom (hadolint skips it too).
  it('passes the name given to --virtual', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1-r0\n'
    )
    catches(
      rule,
      'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc\n',
      [2]
    )
  })
})
