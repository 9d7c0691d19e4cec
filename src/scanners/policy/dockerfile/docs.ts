/** The Markdown page of a rule, written from its metadata and docs. */
import type { PolicyRuleMeta } from '../rule.js'
import type { RuleDocs } from './define.js'

/**
 * The page `docs/rules/<id>.md` holds and SARIF carries as help: a test
 * checks the files on disk equal this text.
 */
export function ruleMarkdown(meta: PolicyRuleMeta, docs: RuleDocs): string {
  const peers = meta.peers?.length ? meta.peers.join(', ') : 'none'
  const state = meta.offByDefault
    ? meta.strict
      ? 'off by default; on with `policy.level: strict`'
      : 'off by default'
    : 'on by default'
  const differences = docs.differences?.length
    ? docs.differences.map((d) => `- ${d}`).join('\n')
    : 'None.'

  return [
    `# ${meta.id}: ${meta.title}`,
    '',
    `Severity: ${meta.defaultSeverity} (${state}). Concern ${meta.concern} of the policy catalogue.`,
    '',
    '## Why it matters',
    '',
    docs.why,
    '',
    '## How to fix it',
    '',
    docs.fix,
    '',
    '## Failing example',
    '',
    '```dockerfile',
    docs.failing.trimEnd(),
    '```',
    '',
    '## Passing example',
    '',
    '```dockerfile',
    docs.passing.trimEnd(),
    '```',
    '',
    '## Peer rules',
    '',
    peers,
    '',
    '## Deliberate differences from peers',
    '',
    differences,
    ''
  ].join('\n')
}
