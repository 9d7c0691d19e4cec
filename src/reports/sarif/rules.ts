import type { Finding } from '../../findings/index.js'
import { levelOf } from './level.js'
import type { SarifRule } from './types.js'

/** GitHub reads at most this many tags on a rule. */
const MAX_TAGS = 20

/**
 * The rule descriptors of one run, sorted by id, and each rule's index.
 * `findings` must be sorted most severe first: a rule takes its text from
 * its first finding and its security-severity from its highest score.
 */
export function toRules(findings: readonly Finding[]): {
  rules: SarifRule[]
  index: Map<string, number>
} {
  const first = new Map<string, Finding>()
  const maxScore = new Map<string, number>()
  for (const finding of findings) {
    const id = finding.rule.id
    if (!first.has(id)) first.set(id, finding)
    maxScore.set(id, Math.max(maxScore.get(id) ?? 0, finding.score))
  }

  const ids = [...first.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const rules = ids.map((id) =>
    toRule(first.get(id) as Finding, maxScore.get(id) ?? 0)
  )

  return { rules, index: new Map(ids.map((id, i) => [id, i])) }
}

function toRule(finding: Finding, score: number): SarifRule {
  const { rule } = finding
  // `security` first so that GitHub's cap on tags never drops it.
  const tags = [...new Set(['security', ...rule.tags, finding.kind])]
  const help = rule.help || rule.title

  return {
    id: rule.id,
    ...nameOf(rule.id, rule.title),
    shortDescription: { text: rule.title || rule.id },
    fullDescription: { text: help },
    help: { text: help, markdown: rule.helpMarkdown ?? escapeMarkdown(help) },
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
    defaultConfiguration: { level: levelOf(rule.defaultSeverity) },
    properties: {
      'security-severity': clampScore(score).toFixed(1),
      precision: rule.precision,
      tags: tags.slice(0, MAX_TAGS),
      ...(rule.peers?.length ? { peers: [...rule.peers] } : {})
    }
  }
}

/** A PascalCase name from the title (`Run as root` -> `RunAsRoot`). */
function ruleName(id: string, title: string): string {
  const words = title.match(/[A-Za-z0-9]+/g) ?? id.match(/[A-Za-z0-9]+/g) ?? []
  const name = words
    .slice(0, 12)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('')

  return /^[A-Za-z]/.test(name) ? name : `Rule${name}`
}

// The Multitool rejects a name equal to the id (ignoring case), as a custom
// Trivy secret rule `mysecret` titled "My Secret" would give: leave it out.
function nameOf(id: string, title: string): { name?: string } {
  const name = ruleName(id, title)

  return name.toLowerCase() === id.toLowerCase() ? {} : { name }
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(10, Math.max(0, score)) : 0
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|]/g, '\\$&')
}
