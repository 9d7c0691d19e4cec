/**
 * Inline suppression comments, shared by every policy file kind. Two forms
 * are read: hadolint's `# hadolint ignore=DL3007,DL3008` (its ids are mapped
 * to ours through each rule's peers) and our own
 * `# csg-ignore=CSG-D2,CSG-D3 reason: base image pinned upstream`.
 */
import type { PolicyRuleMeta } from './rule.js'

/** One suppression comment as written. */
export interface InlineSuppression {
  /** `hadolint` ids are peer ids; `csg` ids are ours. */
  readonly syntax: 'hadolint' | 'csg'
  /** `next` covers the instruction after the comment; `file` all of it. */
  readonly scope: 'next' | 'file'
  /** The ids named, as written (trimmed, never empty). */
  readonly ids: readonly string[]
  /** The text after `reason:`, when given. */
  readonly reason?: string
}

const PATTERN =
  /^#?\s*(hadolint|csg-ignore)(\s+global)?(?:\s+ignore)?\s*=\s*([^\s,]+(?:\s*,\s*[^\s,]+)*)(?:\s+reason:\s*(.*))?\s*$/i

/**
 * Reads one comment (with or without its leading `#`). Returns undefined
 * when the comment is not a suppression.
 */
export function parseSuppression(
  comment: string
): InlineSuppression | undefined {
  const text = comment.trim()
  const match = PATTERN.exec(text)
  if (!match) return undefined

  const [, tool = '', global, list = '', reason] = match
  const syntax = tool.toLowerCase() === 'hadolint' ? 'hadolint' : 'csg'
  // hadolint needs the word `ignore`; ours carries it in its name.
  if (syntax === 'hadolint' && !/\signore\s*=/i.test(text)) return undefined

  const ids = list
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0)
  if (ids.length === 0) return undefined

  return {
    syntax,
    scope: global ? 'file' : 'next',
    ids,
    ...(reason?.trim() ? { reason: reason.trim() } : {})
  }
}

/** Which of our rules a suppression covers, and which ids it names in vain. */
export interface ResolvedSuppression {
  readonly ruleIds: ReadonlySet<string>
  readonly unknownIds: readonly string[]
}

/**
 * Maps the ids of a suppression to the rules it silences: our ids match a
 * rule's id (any case), hadolint ids match a rule's peers. An id that
 * matches nothing is returned in `unknownIds` so it can be reported.
 */
export function resolveSuppression(
  suppression: InlineSuppression,
  rules: readonly PolicyRuleMeta[]
): ResolvedSuppression {
  const ruleIds = new Set<string>()
  const unknownIds: string[] = []

  for (const id of suppression.ids) {
    const wanted = id.toUpperCase()
    const matched = rules.filter((rule) =>
      suppression.syntax === 'csg'
        ? rule.id.toUpperCase() === wanted
        : (rule.peers ?? []).some((peer) => peer.toUpperCase() === wanted)
    )
    if (matched.length === 0) unknownIds.push(id)
    for (const rule of matched) ruleIds.add(rule.id)
  }

  return { ruleIds, unknownIds }
}
