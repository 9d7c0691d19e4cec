import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D53.js'
import { catches, defaultPolicy, doesNotCatch } from './helper.js'

const SOURCE = 'org.opencontainers.image.source'
const REVISION = 'org.opencontainers.image.revision'
const policy = { ...defaultPolicy, requiredLabels: [SOURCE, REVISION] }

describe('CSG-D53 required label missing', () => {
  it('flags each missing label on the final FROM', () => {
    catches(rule, 'FROM alpine:3.20\n', [1, 1], policy)
    catches(
      rule,
      `FROM alpine:3.20\nLABEL ${SOURCE}="https://x"\n`,
      [1],
      policy
    )
  })
  it('flags labels set only in a stage the final one does not build on', () => {
    catches(
      rule,
      `FROM alpine:3.20 AS build\nLABEL ${SOURCE}="https://x" ${REVISION}=abc\nFROM alpine:3.20\n`,
      [3, 3],
      policy
    )
  })
  it('flags a name only set by ENV or in a comment', () => {
    catches(
      rule,
      `FROM alpine:3.20\n# LABEL ${SOURCE}=https://x\nENV ${SOURCE}=https://x\nLABEL ${REVISION}=$REV\n`,
      [1],
      policy
    )
  })
  it('does nothing until requiredLabels is set', () => {
    doesNotCatch(rule, 'FROM alpine:3.20\n')
  })
  it('passes labels quoted, continued and after an ARG-expanded FROM', () => {
    doesNotCatch(
      rule,
      `ARG BASE=alpine:3.20\nFROM \${BASE}\nLABEL "${SOURCE}"="https://x" \\\n      ${REVISION}=abc\n`,
      policy
    )
    doesNotCatch(
      rule,
      `FROM alpine:3.20\nLABEL '${SOURCE}'='https://x' ${REVISION}=1\n`,
      policy
    )
  })
  it('passes labels set in the stage the final one builds on', () => {
    doesNotCatch(
      rule,
      `FROM alpine:3.20 AS base\nLABEL ${SOURCE}="https://x"\nFROM base\nLABEL ${REVISION}=abc\n`,
      policy
    )
  })
  it('passes labels with a value from a build argument', () => {
    doesNotCatch(
      rule,
      `FROM alpine:3.20\nLABEL ${SOURCE}=https://x\nLABEL ${REVISION}=$REV\n`,
      policy
    )
  })
})
