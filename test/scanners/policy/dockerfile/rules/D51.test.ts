import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D51.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D51 FROM --platform misused', () => {
  it('flags a constant platform, quoted or with a variant', () => {
    catches(rule, 'FROM --platform=linux/amd64 alpine:3.20\n', [1])
    catches(
      rule,
      'ARG IMG=alpine:3.20\nFROM --platform=linux/arm64/v8 ${IMG}\n',
      [2]
    )
  })
  it('flags $TARGETPLATFORM, which is the default, in both spellings', () => {
    catches(
      rule,
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM --platform=$TARGETPLATFORM alpine:3.20\n',
      [2]
    )
    catches(
      rule,
      'FROM --platform=${TARGETPLATFORM} alpine:3.20 AS a\nFROM --platform="linux/arm64" alpine:3.20\n',
      [1, 2]
    )
  })
  it('flags the flag on a continued FROM', () => {
    catches(rule, 'FROM \\\n  --platform=linux/amd64 \\\n  alpine:3.20\n', [1])
  })
  it('passes no flag', () => {
    doesNotCatch(rule, 'FROM alpine:3.20\n')
  })
  it('passes $BUILDPLATFORM and other build arguments', () => {
    doesNotCatch(
      rule,
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM --platform=${BUILDPLATFORM} alpine:3.20\n'
    )
    doesNotCatch(
      rule,
      'ARG PLAT=linux/amd64\nFROM --platform=$PLAT alpine:3.20\nFROM --platform=$TARGETOS/$TARGETARCH alpine:3.20\n'
    )
  })
  it('passes --platform outside FROM', () => {
    doesNotCatch(rule, 'FROM alpine:3.20\nRUN echo --platform=linux/amd64\n')
  })
})
