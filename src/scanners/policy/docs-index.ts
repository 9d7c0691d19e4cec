/** The index page of every policy rule (docs/rules/README.md). */
import type { PolicyRuleMeta } from './rule.js'

// Pipes would end a table cell.
function cell(text: string): string {
  return text.replaceAll('|', '\\|')
}

/** A Markdown table of the rules: id (linked), title, severity, peers. */
export function rulesIndexMarkdown(rules: readonly PolicyRuleMeta[]): string {
  const rows = rules.map((rule) => {
    const state = rule.offByDefault
      ? rule.strict
        ? ' (strict)'
        : ' (off)'
      : ''
    const peers = rule.peers?.length ? rule.peers.join(', ') : '—'

    return `| [${rule.id}](${rule.id}.md) | ${cell(rule.title)} | ${rule.defaultSeverity}${state} | ${cell(peers)} |`
  })

  return [
    '# Policy rules',
    '',
    'Every rule the policy scanner reports, generated from the rules themselves (a test keeps this page and each rule page in step with the code). "(off)" rules run only when enabled in the config file; "(strict)" ones also with `policy.level: strict`.',
    '',
    '| Rule | Title | Severity | Peer rules |',
    '| --- | --- | --- | --- |',
    ...rows,
    ''
  ].join('\n')
}
