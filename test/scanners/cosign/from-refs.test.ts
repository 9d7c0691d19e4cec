import { describe, expect, it } from '@jest/globals'

import { extractFromRefs } from '../../../src/scanners/cosign/from-refs.js'

describe('extractFromRefs', () => {
  it('finds every external base image with its line', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      'ARG BASE=node:20-alpine',
      'FROM --platform=$BUILDPLATFORM ${BASE} AS build',
      'RUN npm ci',
      '',
      'FROM build AS test',
      'FROM gcr.io/distroless/nodejs20-debian12@sha256:' + 'c'.repeat(64),
      'COPY --from=build /app /app'
    ].join('\n')

    expect(extractFromRefs(text)).toEqual([
      { ref: 'node:20-alpine', line: 3 },
      {
        ref: 'gcr.io/distroless/nodejs20-debian12@sha256:' + 'c'.repeat(64),
        line: 7
      }
    ])
  })

  it('skips scratch and arguments without a default', () => {
    const text = 'ARG TAG\nFROM alpine:${TAG}\nFROM scratch\n'

    expect(extractFromRefs(text)).toEqual([])
  })

  it('reads a FROM split over continuation lines, at its first line', () => {
    const text = 'FROM \\\n  --platform=linux/amd64 \\\n  debian:12 AS base\n'

    expect(extractFromRefs(text)).toEqual([{ ref: 'debian:12', line: 1 }])
  })

  it('honours the escape directive', () => {
    const text =
      '# escape=`\nfrom `\n  mcr.microsoft.com/windows/servercore:ltsc2022\n'

    expect(extractFromRefs(text)).toEqual([
      { ref: 'mcr.microsoft.com/windows/servercore:ltsc2022', line: 2 }
    ])
  })
})
