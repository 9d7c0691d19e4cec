/**
 * Our rules against the peers' own test cases (../shared/corpus/policy):
 * for each case, the rules that list the case's anchor as a peer (or, if
 * none does, that cover its concern) run on its Dockerfile; "fail" cases
 * must be flagged and "pass" cases not. Agreement is printed per concern;
 * any disagreement not in DELIBERATE fails the test.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { checkDockerfileText } from '../../../../src/scanners/policy/dockerfile/checker.js'
import { dockerfileRules } from '../../../../src/scanners/policy/dockerfile/rules/index.js'
import { defaultPolicy } from './rules/helper.js'

interface Case {
  readonly source: string
  readonly anchor: string
  readonly concern: string
  readonly expect: 'pass' | 'fail'
  readonly dockerfile: string
}

/**
 * Where we disagree with a peer on purpose, keyed by line number in the
 * corpus (1-based), with the reason (also in the rule's documentation).
 */
const DELIBERATE: Readonly<Record<number, string>> = {
  65: 'CSG-D8 flags COPY --from=<word> naming no stage: Docker would pull an image called "dep" from a registry, which anyone can publish.',
  80: 'An ARG declared inside a stage is not visible to a later FROM (Docker scoping); CSG-D4 reports the empty $IMAGE instead of CSG-D1 guessing its value.',
  164: 'CSG-D8 flags a duplicate stage alias; the same Trivy file expects the identical file to fail at line 162 (and Checkov at line 267).'
}

const corpus = path.resolve(
  process.cwd(),
  '../shared/corpus/policy/dockerfile-cases.jsonl'
)
const cases: Case[] = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Case)

function rulesFor(c: Case) {
  const byPeer = dockerfileRules.filter((r) => r.meta.peers?.includes(c.anchor))

  return byPeer.length > 0
    ? byPeer
    : dockerfileRules.filter((r) => r.meta.concern === c.concern)
}

function verdict(c: Case): 'pass' | 'fail' {
  const rules = rulesFor(c)
  const enabled = Object.fromEntries(
    rules.map((r) => [r.meta.id, { enabled: true }])
  )
  const { findings } = checkDockerfileText(
    c.dockerfile,
    'Dockerfile',
    { ...defaultPolicy, rules: enabled },
    { rules }
  )

  return findings.length > 0 ? 'fail' : 'pass'
}

describe('conformance with peer test cases', () => {
  it('has the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(294)
  })

  it('agrees with every case except the documented differences', () => {
    const perConcern = new Map<string, { agree: number; total: number }>()
    const unexpected: string[] = []
    cases.forEach((c, index) => {
      const line = index + 1
      const ours = verdict(c)
      const agree = ours === c.expect
      const tally = perConcern.get(c.concern) ?? { agree: 0, total: 0 }
      perConcern.set(c.concern, {
        agree: tally.agree + (agree ? 1 : 0),
        total: tally.total + 1
      })
      if (!agree && !DELIBERATE[line]) {
        unexpected.push(
          `line ${line} ${c.anchor} (${c.concern}) expects ${c.expect}, we say ${ours}: ${JSON.stringify(c.dockerfile).slice(0, 160)}`
        )
      }
      if (agree && DELIBERATE[line])
        unexpected.push(`line ${line} is listed as a difference but now agrees`)
    })

    const rows = [...perConcern.entries()]
      .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
      .map(([concern, t]) => `${concern.padEnd(4)} ${t.agree}/${t.total}`)
    const agreed = [...perConcern.values()].reduce((n, t) => n + t.agree, 0)
    process.stdout.write(
      `Conformance per concern:\n${rows.join('\n')}\noverall ${agreed}/${cases.length}\n`
    )

    expect(unexpected).toEqual([])
  })
})
