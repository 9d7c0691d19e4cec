import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D31.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D31 apk add without --no-cache', () => {
  it('flags apk add in shell form, on the line of the command', () => {
    catches(rule, 'FROM alpine:3.20\nRUN apk add curl\n', [2])
    catches(
      rule,
      'FROM alpine:3.20\nRUN apk update && \\\n    apk add --virtual .deps curl\n',
      [3]
    )
    catches(
      rule,
      'FROM alpine:3.20\nRUN apk add --no-cache curl && \\\n    apk add git\n',
      [3]
    )
  })
  it('flags exec form, sh -c, sudo and a full path', () => {
    catches(rule, 'FROM alpine:3.20\nRUN ["apk", "add", "curl"]\n', [2])
    catches(rule, "FROM alpine:3.20\nRUN sh -c 'apk add curl'\n", [2])
    catches(rule, 'FROM alpine:3.20\nRUN /sbin/apk add -U curl\n', [2])
  })
  it('flags every stage, and --update is no substitute', () => {
    catches(
      rule,
      'FROM alpine:3.20 AS build\nRUN apk add gcc\nFROM alpine:3.20\nRUN sudo apk --update add curl\n',
      [2, 4]
    )
  })
  it('flags heredoc and ONBUILD RUNs', () => {
    catches(
      rule,
      'FROM alpine:3.20\nRUN <<EOT\napk update\napk add curl\nEOT\n',
      [4]
    )
    catches(rule, 'FROM alpine:3.20\nONBUILD RUN apk add curl\n', [2])
  })
  it('flags a cache mount on another directory', () => {
    catches(
      rule,
      'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache apk add curl\n',
      [2]
    )
  })
  it('passes --no-cache before or after the subcommand', () => {
    doesNotCatch(rule, 'FROM alpine:3.20\nRUN apk add --no-cache curl\n')
    doesNotCatch(rule, 'FROM alpine:3.20\nRUN apk --no-cache add curl\n')
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nRUN apk add --no-cache \\\n      curl \\\n      git\n'
    )
  })
  it('passes a cache mount on /var/cache/apk', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n'
    )
  })
  it('passes other apk subcommands, quoted text and comments', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nRUN apk del curl && apk update && echo "apk add curl"\n'
    )
    doesNotCatch(
      rule,
      'FROM alpine:3.20\n# RUN apk add curl\nRUN apk add --no-cache curl\n'
    )
  })
})
