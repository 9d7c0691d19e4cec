import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D4.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D4 FROM uses an undeclared or empty build argument', () => {
  it('flags arguments declared without a default or not at all', () => {
    catches(rule, 'ARG TAG\nFROM alpine:${TAG}\n', [2])
    catches(rule, 'FROM alpine:$NOPE\n', [1])
    catches(rule, 'ARG IMG\nFROM $IMG\nFROM ${IMG} AS b\n', [2, 3])
  })
  it('flags a FROM split over continuation lines on its first line', () => {
    catches(
      rule,
      'ARG REG=ghcr.io\nFROM \\\n  $REG/app:${TAG} \\\n  AS b\n',
      [2]
    )
  })
  it('flags a later stage: an ARG inside a stage does not reach FROM', () => {
    catches(rule, 'FROM a:1\nARG TAG\nFROM alpine:${TAG}\n', [3])
  })
  it('passes defaults, fallbacks and arguments BuildKit sets', () => {
    doesNotCatch(rule, 'ARG TAG=3.20\nFROM alpine:${TAG}\n')
    doesNotCatch(rule, 'ARG TAG="3.20"\nFROM alpine:${TAG}\n')
    doesNotCatch(rule, 'ARG TAG\nFROM alpine:${TAG:-3.20}\n')
    doesNotCatch(rule, 'FROM --platform=$BUILDPLATFORM golang:${TARGETARCH}\n')
  })
  it('passes a global default shadowed by a stage-level ARG', () => {
    doesNotCatch(
      rule,
      'ARG TAG=3.20\nFROM alpine:${TAG}\nARG TAG\nFROM alpine:${TAG}\n'
    )
  })
  // `ARG TAG=` declares an empty default, so FROM expands to the invalid
  // `alpine:` (BuildKit's InvalidDefaultArgInFrom reports this file).
  it('flags an argument whose default is empty', () => {
    catches(rule, 'ARG TAG=\nFROM alpine:${TAG}\n', [2])
    catches(rule, 'ARG IMG=""\nFROM $IMG\n', [2])
  })
  it('passes an empty default that leaves a valid reference', () => {
    doesNotCatch(rule, 'ARG SUFFIX=\nFROM alpine:3.20${SUFFIX}\n')
    doesNotCatch(rule, 'ARG TAG=\nFROM alpine:${TAG:-3.20}\n')
  })
})
