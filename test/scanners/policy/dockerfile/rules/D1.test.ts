import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D1.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D1 base image without a tag', () => {
  it('flags untagged images, with or without a registry', () => {
    catches(rule, 'FROM alpine\n', [1])
    catches(
      rule,
      'FROM golang:1.22 AS b\nRUN make\nFROM registry.local:5000/app\n',
      [3]
    )
  })
  it('expands ARG defaults before deciding', () => {
    catches(rule, 'ARG REGISTRY\nFROM ${REGISTRY}/ubuntu\n', [2])
    catches(rule, 'ARG IMAGE=busybox\nFROM $IMAGE\n', [2])
    doesNotCatch(rule, 'ARG IMAGE=alpine:3.12\nFROM $IMAGE\n')
  })
  it('passes tags, digests, scratch, stage names and build-time tags', () => {
    doesNotCatch(rule, 'FROM alpine:3.20\n')
    doesNotCatch(rule, 'FROM alpine@sha256:abcd\n')
    doesNotCatch(rule, 'FROM scratch\n')
    doesNotCatch(rule, 'FROM alpine:3 AS Base\nFROM base\n')
    doesNotCatch(rule, 'ARG TAG\nFROM foo:${TAG}\n')
    doesNotCatch(rule, 'ARG BASE\nFROM $BASE\n')
  })
})
