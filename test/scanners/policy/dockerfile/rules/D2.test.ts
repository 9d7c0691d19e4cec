import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D2.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D2 base image uses latest', () => {
  it('flags :latest, also through ARG defaults', () => {
    catches(rule, 'FROM node:latest\n', [1])
    catches(
      rule,
      'ARG TAG=test\nARG TAG=latest\nFROM foo:${TAG}\nFROM bar:${TAG}\n',
      [3, 4]
    )
    catches(
      rule,
      'FROM a:1 AS x\n\nFROM test.registry.com:3000/openjdk:LATEST\n',
      [3]
    )
  })
  it('passes versions and digest-pinned latest', () => {
    doesNotCatch(rule, 'FROM node:22\n')
    doesNotCatch(rule, 'FROM node:latest@sha256:abcd\n')
    doesNotCatch(rule, 'FROM node\n')
  })
})
