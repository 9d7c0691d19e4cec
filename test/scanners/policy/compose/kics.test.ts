import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { checkComposeFiles } from '../../../../src/scanners/policy/compose/checker.js'
import { KICS_DIFFERENCES } from './kics-differences.js'
import { defaultPolicy } from './helpers.js'

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/compose-kics')

/** Each KICS query folder and the rules of ours that cover it. */
const QUERY_RULES: Readonly<Record<string, readonly string[]>> = {
  container_capabilities_unrestricted: ['CSG-C2', 'CSG-C3'],
  container_traffic_not_bound_to_host_interface: ['CSG-C20'],
  cpus_not_limited: ['CSG-C16'],
  default_seccomp_profile_disabled: ['CSG-C13'],
  docker_socket_mounted_in_container: ['CSG-C9'],
  healthcheck_not_set: ['CSG-C22'],
  host_namespace_is_shared: ['CSG-C5'],
  memory_not_limited: ['CSG-C15'],
  no_new_privileges_not_set: ['CSG-C12'],
  pids_limit_not_set: ['CSG-C17'],
  privileged_containers_enabled: ['CSG-C1'],
  privileged_ports_mapped_in_container: ['CSG-C21'],
  shared_host_network_namespace: ['CSG-C4'],
  volume_has_sensitive_host_directory: ['CSG-C10']
}

/** How one KICS result (or one hit of ours on a negative file) compares. */
type Verdict = 'exact' | 'inside' | 'missed' | 'extra'

interface Outcome {
  /** `folder/file:line` of a KICS result, or `folder/file:ours@line` of an extra one. */
  readonly id: string
  readonly verdict: Verdict
}

// The lines of the block under the key at `line` (deeper indented ones).
function blockOf(text: string, line: number): number[] {
  const lines = text.split('\n')
  const indent = (l: string) => l.length - l.trimStart().length
  const head = indent(lines[line - 1] ?? '')
  const block: number[] = []
  for (let at = line; at < lines.length; at++) {
    const current = lines[at] ?? ''
    if (
      current.trim() !== '' &&
      indent(current) <= head &&
      !current.trimStart().startsWith('- ')
    )
      break
    if (current.trim() !== '' && indent(current) < head) break
    block.push(at + 1)
  }

  return block
}

async function linesOf(folder: string, file: string): Promise<number[]> {
  const rules = QUERY_RULES[folder] ?? []
  const result = await checkComposeFiles(
    [file],
    path.join(CORPUS, folder),
    defaultPolicy()
  )
  expect(result.errors).toEqual([])

  return result.findings
    .filter((f) => rules.includes(f.rule.id))
    .map((f) => f.location.region?.startLine ?? 0)
}

async function outcomesOf(folder: string): Promise<Outcome[]> {
  const dir = path.join(CORPUS, folder)
  const expected = JSON.parse(
    readFileSync(path.join(dir, 'positive_expected_result.json'), 'utf8')
  ) as { filename: string; line: number }[]
  const outcomes: Outcome[] = []
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const ours = await linesOf(folder, file)
    const theirs = expected
      .filter((e) => e.filename === file)
      .map((e) => e.line)
    const text = readFileSync(path.join(dir, file), 'utf8')
    for (const line of theirs) {
      const inside = blockOf(text, line).some((l) => ours.includes(l))
      const verdict = ours.includes(line)
        ? 'exact'
        : inside
          ? 'inside'
          : 'missed'
      outcomes.push({ id: `${folder}/${file}:${line}`, verdict })
    }
    if (file.startsWith('negative'))
      for (const line of ours)
        outcomes.push({
          id: `${folder}/${file}:ours@${line}`,
          verdict: 'extra'
        })
  }

  return outcomes
}

describe('KICS docker-compose conformance', () => {
  it('agrees with every KICS case except the documented differences', async () => {
    const outcomes = (
      await Promise.all(Object.keys(QUERY_RULES).map(outcomesOf))
    ).flat()
    const count = (v: Verdict) => outcomes.filter((o) => o.verdict === v).length
    const flagged = count('exact') + count('inside')
    const kicsResults = outcomes.length - count('extra')
    process.stdout.write(
      [
        `KICS conformance over ${kicsResults} KICS results and their negatives:`,
        `  flagged by the matching rule: ${flagged}/${kicsResults}`,
        `  at KICS's exact line: ${count('exact')}; on an item inside the key KICS names: ${count('inside')}`,
        `  not flagged (deliberate): ${count('missed')}; flagged on a negative (deliberate): ${count('extra')}\n`
      ].join('\n')
    )
    const differences = outcomes
      .filter((o) => o.verdict !== 'exact')
      .map((o) => `${o.id} ${o.verdict}`)

    expect(differences.sort()).toEqual(Object.keys(KICS_DIFFERENCES).sort())
  })

  it('covers every query folder of the corpus', () => {
    const folders = readdirSync(CORPUS).filter((f) => !f.includes('.'))

    expect(folders.sort()).toEqual(Object.keys(QUERY_RULES).sort())
  })
})
