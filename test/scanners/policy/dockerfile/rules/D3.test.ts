import { describe, expect, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D3.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D3 base image not pinned by digest', () => {
  it('is a strict rule, off by default', () => {
    expect(rule.meta.offByDefault).toBe(true)
    expect(rule.meta.strict).toBe(true)
  })
  it('flags each external base without a digest', () => {
    catches(
      rule,
      'FROM golang:1.22 AS build\nFROM build\nFROM alpine:3.20\n',
      [1, 3]
    )
  })
  it('passes digests, scratch and stage references', () => {
    doesNotCatch(rule, 'FROM alpine:3.20@sha256:beef\nFROM scratch\n')
  })
})
