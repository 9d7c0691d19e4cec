/**
 * Every Dockerfile rule against its own documentation: the failing example
 * is flagged, the passing one is not, and docs/rules/<id>.md is exactly the
 * page generated from the rule (UPDATE_DOCS=1 rewrites the pages).
 */
import { describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { PolicyConfig } from '../../../../../src/config/config.js'
import { checkDockerfileText } from '../../../../../src/scanners/policy/dockerfile/checker.js'
import { dockerfileRules } from '../../../../../src/scanners/policy/dockerfile/rules/index.js'
import { rulesIndexMarkdown } from '../../../../../src/scanners/policy/docs-index.js'
import { policyRules } from '../../../../../src/scanners/policy/index.js'
import { defaultPolicy } from './helper.js'

const docsDir = path.resolve(process.cwd(), 'docs/rules')
const update = process.env.UPDATE_DOCS === '1'

// `# with policy.trustedRegistries: [ghcr.io/acme]` lines set the policy.
function policyFor(ruleId: string, example: string): PolicyConfig {
  let policy: PolicyConfig = {
    ...defaultPolicy,
    rules: { [ruleId]: { enabled: true } }
  }
  for (const match of example.matchAll(/# with policy\.(\w+): \[([^\]]*)\]/g)) {
    const values = (match[2] ?? '').split(',').map((v) => v.trim())
    policy = { ...policy, [match[1] ?? '']: values }
  }

  return policy
}

function flags(ruleId: string, example: string): boolean {
  const rule = dockerfileRules.find((r) => r.meta.id === ruleId)
  const { findings } = checkDockerfileText(
    example,
    'Dockerfile',
    policyFor(ruleId, example),
    {
      rules: rule ? [rule] : [],
      dockerignore: !example.includes('no .dockerignore')
    }
  )

  return findings.length > 0
}

async function sameAsFile(file: string, text: string): Promise<void> {
  if (update) await writeFile(file, text)
  expect(await readFile(file, 'utf8')).toBe(text)
}

describe('the Dockerfile rule catalogue', () => {
  it('has unique ids, peers and the security and dockerfile tags', () => {
    const ids = dockerfileRules.map((r) => r.meta.id)

    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of dockerfileRules) {
      expect(rule.meta.tags).toEqual(
        expect.arrayContaining(['security', 'dockerfile'])
      )
      expect(rule.meta.concern).toMatch(/^D\d+$/)
      expect(rule.meta.helpMarkdown).toContain(`# ${rule.meta.id}:`)
    }
  })

  it.each(dockerfileRules.map((r) => [r.meta.id, r] as const))(
    '%s flags its failing example and passes its passing one',
    (id, rule) => {
      expect(flags(id, rule.docs.failing)).toBe(true)
      expect(flags(id, rule.docs.passing)).toBe(false)
    }
  )

  it.each(dockerfileRules.map((r) => [r.meta.id, r] as const))(
    'docs/rules/%s.md is the generated page',
    async (id, rule) => {
      await sameAsFile(
        path.join(docsDir, `${id}.md`),
        rule.meta.helpMarkdown ?? ''
      )
    }
  )

  it('docs/rules/README.md indexes every rule', async () => {
    await sameAsFile(
      path.join(docsDir, 'README.md'),
      rulesIndexMarkdown(policyRules())
    )
  })
})
