import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import type { Finding } from '../../../../src/findings/index.js'
import { composeRules } from '../../../../src/scanners/policy/compose/index.js'
import { UNKNOWN_SUPPRESSION } from '../../../../src/scanners/policy/compose/unknown-suppression.js'
import { runLineRules } from '../../../../src/scanners/policy/runlines/index.js'
import { seccompRules } from '../../../../src/scanners/policy/seccomp/index.js'
import { scanScripts } from '../runlines/helpers.js'
import { defaultPolicy, scan, yaml } from './helpers.js'
import { KICS_DIFFERENCES } from './kics-differences.js'

const DOCS = path.resolve(process.cwd(), 'docs/rules')
const RULES = [
  ...composeRules,
  ...runLineRules,
  ...seccompRules,
  UNKNOWN_SUPPRESSION
]

function docOf(id: string): string {
  return readFileSync(path.join(DOCS, `${id}.md`), 'utf8')
}

function examples(doc: string): { failing: string; passing: string } {
  const block = (title: string) =>
    new RegExp(`## ${title}\\n\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(
      doc
    )?.[1] ?? ''

  return {
    failing: block('Failing example'),
    passing: block('Passing example')
  }
}

// Runs an example the way the rule sees it: Compose, script or profile.
async function findingsOf(id: string, example: string): Promise<Finding[]> {
  const policy = defaultPolicy({ rules: { [id]: { enabled: true } } })
  if (id.startsWith('CSG-R'))
    return (await scanScripts(example, policy)).findings
  if (id.startsWith('CSG-S'))
    return (
      await scan(
        {
          'compose.yaml': yaml(
            'services:',
            '  a:',
            '    security_opt: [seccomp=p.json]'
          ),
          'p.json': example
        },
        policy
      )
    ).findings

  return (await scan(example, policy)).findings
}

describe('rule documentation', () => {
  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s agrees with its metadata',
    (id, rule) => {
      const doc = docOf(id)

      expect(doc.startsWith(`# ${id}: ${rule.title}\n`)).toBe(true)
      expect(doc).toContain(`- Default severity: ${rule.defaultSeverity}\n`)
      expect(doc).toContain(rule.help)
      for (const peer of rule.peers ?? []) expect(doc).toContain(`\`${peer}\``)
    }
  )

  it.each(RULES.map((r) => [r.id]))(
    '%s: the failing example fails and the passing one passes',
    async (id) => {
      const { failing, passing } = examples(docOf(id))
      const failed = (await findingsOf(id, failing)).filter(
        (f) => f.rule.id === id
      )
      const passed = (await findingsOf(id, passing)).filter(
        (f) => f.rule.id === id
      )

      expect(failed.length).toBeGreaterThan(0)
      expect(passed).toEqual([])
    }
  )

  it('lists every KICS difference on the conformance page', () => {
    const page = readFileSync(
      path.join(DOCS, 'Compose-KICS-conformance.md'),
      'utf8'
    )

    for (const key of Object.keys(KICS_DIFFERENCES))
      expect(page).toContain(`\`${key}\``)
  })
})
