/**
 * Which findings of a Dockerfile are silenced by comments: comment lines
 * directly above an instruction cover that instruction; `global` forms
 * cover the file.
 */
import type { Suppression } from '../../../findings/index.js'
import type { PolicyRuleMeta } from '../rule.js'
import {
  parseSuppression,
  resolveSuppression,
  type InlineSuppression
} from '../suppression.js'
import type { DockerfileDoc } from './model.js'

/** A suppression comment with the rules it covers. */
interface Applied {
  readonly line: number
  readonly comment: InlineSuppression
  readonly ruleIds: ReadonlySet<string>
}

/** An id in a comment that matches no rule. */
export interface UnknownId {
  readonly id: string
  readonly line: number
}

/** Answers "is this rule silenced on this line?" for one Dockerfile. */
export interface SuppressionIndex {
  lookup(ruleId: string, line: number): Suppression | undefined
  readonly unknown: readonly UnknownId[]
}

// hadolint ids we do not map are hadolint's business, not typos.
const HADOLINT_ID = /^(DL|SC)\d{4}$/i

/** Reads the suppression comments of `doc`. */
export function indexSuppressions(
  doc: DockerfileDoc,
  path: string,
  rules: readonly PolicyRuleMeta[]
): SuppressionIndex {
  const fileWide: Applied[] = []
  const byInstruction = new Map<number, Applied[]>()
  const unknown: UnknownId[] = []
  // Instruction start lines in order, to find the one a line belongs to.
  const starts = doc.instructions.map((i) => ({
    start: i.line,
    end: i.endLine
  }))

  // Global comments may sit anywhere, blank lines around them.
  doc.lines.forEach((raw, index) => {
    const text = raw.trim()
    if (!text.startsWith('#') || !/\sglobal\s/i.test(text)) return
    const found = read(text, index + 1, rules, unknown)
    if (found?.comment.scope === 'file') fileWide.push(found)
  })

  for (const instruction of doc.instructions) {
    const applied: Applied[] = []
    for (let n = instruction.line - 1; n >= 1; n--) {
      const text = doc.lines[n - 1]?.trim() ?? ''
      if (!text.startsWith('#')) break
      if (/\sglobal\s/i.test(text)) continue
      const found = read(text, n, rules, unknown)
      if (found) applied.push(found)
    }
    byInstruction.set(instruction.line, applied)
  }

  return {
    unknown,
    lookup(ruleId, line) {
      const owner = starts.find((s) => s.start <= line && line <= s.end)
      const candidates = [
        ...(owner ? (byInstruction.get(owner.start) ?? []) : []),
        ...fileWide
      ]
      const hit = candidates.find((a) => a.ruleIds.has(ruleId))
      if (!hit) return undefined

      return {
        kind: 'inline',
        reason:
          hit.comment.reason ??
          `${hit.comment.syntax === 'hadolint' ? 'hadolint ignore' : 'csg-ignore'} comment without a reason`,
        by: `${path}:${hit.line}`
      }
    }
  }
}

function read(
  text: string,
  line: number,
  rules: readonly PolicyRuleMeta[],
  unknown: UnknownId[]
): Applied | undefined {
  const comment = parseSuppression(text)
  if (!comment) return undefined

  const resolved = resolveSuppression(comment, rules)
  for (const id of resolved.unknownIds) {
    if (comment.syntax === 'hadolint' && HADOLINT_ID.test(id)) continue
    unknown.push({ id, line })
  }

  return { line, comment, ruleIds: resolved.ruleIds }
}
