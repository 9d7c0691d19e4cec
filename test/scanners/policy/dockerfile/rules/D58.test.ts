import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D58.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D58 Dockerfile parse-level problem', () => {
  it('flags an ENV that reads a variable it sets itself', () => {
    catches(rule, 'FROM alpine:3.20\nENV A=1 B=$A\n', [2])
    catches(rule, 'FROM alpine:3.20\nENV A=1 \\\n    B=${A}/bin\n', [2])
  })
  it('flags mixed-case keywords', () => {
    catches(rule, 'From alpine:3.20\nRun echo hi\n', [1, 2])
  })
  it('flags an empty continuation line, on the instruction', () => {
    catches(
      rule,
      'FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl\n',
      [2]
    )
  })
  it('flags instructions before FROM other than ARG', () => {
    catches(rule, 'LABEL a=b\nFROM alpine:3.20\n', [1])
  })
  it('flags forbidden ONBUILD triggers', () => {
    catches(
      rule,
      'FROM alpine:3.20\nONBUILD FROM debian:12\nONBUILD ONBUILD RUN x\nONBUILD MAINTAINER x\n',
      [2, 3, 4]
    )
  })
  it('flags COPY to a relative path before any WORKDIR', () => {
    catches(rule, 'FROM alpine:3.20\nCOPY app.js ./\n', [2])
  })
  it('passes ENV values read by a later ENV, or set in another name', () => {
    doesNotCatch(rule, 'FROM alpine:3.20\nENV A=1\nENV B=$A\n')
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nENV PATH=/opt/bin:$PATH HOME=/root\nENV AB=1 B=$A\nENV C=1 D=$CD\n'
    )
    // The legacy form sets one variable to the rest of the line.
    doesNotCatch(rule, 'FROM alpine:3.20\nENV A 1 B=$A\n')
  })
  it('passes one case throughout, ARG before FROM and comment lines', () => {
    doesNotCatch(rule, 'from alpine:3.20\nrun echo hi\n')
    doesNotCatch(
      rule,
      '# syntax=docker/dockerfile:1\nARG BASE=alpine:3.20\nFROM ${BASE}\n'
    )
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nRUN apk add --no-cache \\\n    # a comment line is fine\n    curl\n'
    )
  })
  it('passes relative COPY after a WORKDIR, also one inherited', () => {
    doesNotCatch(rule, 'FROM alpine:3.20\nWORKDIR /app\nCOPY app.js ./\n')
    doesNotCatch(
      rule,
      'FROM alpine:3.20 AS base\nWORKDIR /app\nFROM base\nCOPY app.js .\n'
    )
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nCOPY app.js /app/\nCOPY ["b.js", "$DEST"]\nONBUILD RUN echo hi\n'
    )
  })
  // Docker leaves a single-quoted or escaped `$A` as literal text.
  it('passes a $ that Docker does not expand', () => {
    doesNotCatch(rule, "FROM alpine:3.20\nENV A=1 B='$A' C=\\$A\n")
    doesNotCatch(rule, 'FROM alpine:3.20\nENV A=1 B="it\\$A"\n')
    doesNotCatch(rule, '# escape=`\nFROM alpine:3.20\nENV A=1 B=`$A\n')
  })
  it('flags a $ that Docker expands, in double quotes too', () => {
    catches(rule, 'FROM alpine:3.20\nENV A=1 B="$A"\n', [2])
    catches(rule, 'FROM alpine:3.20\nENV A=1 B="\'$A\'"\n', [2])
    catches(rule, "FROM alpine:3.20\nENV A=1 B='x'$A\n", [2])
  })
})
