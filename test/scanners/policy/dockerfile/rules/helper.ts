/** `catches` / `doesNotCatch`: one rule on one snippet, lines compared. */
import { expect } from '@jest/globals'
import type { PolicyConfig } from '../../../../../src/config/config.js'
import type { DockerfileRule } from '../../../../../src/scanners/policy/dockerfile/define.js'
import { parseDockerfile } from '../../../../../src/scanners/policy/dockerfile/model.js'

/** The policy section with every default. */
export const defaultPolicy: PolicyConfig = {
  rules: {},
  trustedRegistries: [],
  allowedBaseImages: [],
  requiredLabels: [],
  level: 'default'
}

/** The lines `rule` flags in `text`, in order. */
export function flaggedLines(
  rule: DockerfileRule,
  text: string,
  policy: PolicyConfig = defaultPolicy
): number[] {
  const doc = parseDockerfile(text)

  return rule
    .check(doc, { path: 'Dockerfile', policy })
    .map((hit) => hit.region.startLine)
}

/** Asserts `rule` flags exactly `lines` of `text`. */
export function catches(
  rule: DockerfileRule,
  text: string,
  lines: readonly number[],
  policy?: PolicyConfig
): void {
  expect(flaggedLines(rule, text, policy)).toEqual(lines)
}

/** Asserts `rule` flags nothing in `text`. */
export function doesNotCatch(
  rule: DockerfileRule,
  text: string,
  policy?: PolicyConfig
): void {
  expect(flaggedLines(rule, text, policy)).toEqual([])
}
