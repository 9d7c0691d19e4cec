import type { Suppression } from '../../../findings/index.js'
import type { PolicyRuleMeta } from '../rule.js'
import {
  type InlineSuppression,
  parseSuppression,
  resolveSuppression
} from '../suppression.js'

/** A suppression comment that names an id no rule has. */
export interface UnknownSuppressionId {
  readonly id: string
  /** 1-based line of the comment. */
  readonly line: number
}

/**
 * The `# csg-ignore=...` comments of one `#`-commented text file (YAML,
 * shell): which rules each silences, for the line below them or the file.
 */
export class InlineSuppressions {
  private readonly byLine = new Map<number, InlineSuppression>()
  private readonly fileWide: { line: number; s: InlineSuppression }[] = []
  private readonly lines: readonly string[]

  constructor(
    text: string,
    private readonly path: string,
    private readonly rules: readonly PolicyRuleMeta[]
  ) {
    this.lines = text.split(/\r?\n/)
    this.lines.forEach((raw, index) => {
      const text = raw.trim()
      if (!text.startsWith('#')) return
      const parsed = parseSuppression(text.slice(1))
      if (!parsed) return
      if (parsed.scope === 'file')
        this.fileWide.push({ line: index + 1, s: parsed })
      else this.byLine.set(index + 1, parsed)
    })
  }

  /**
   * The suppression of `ruleId` at `line`: a comment in the block of
   * comment lines right above it, or a file-wide one.
   */
  suppressionFor(ruleId: string, line: number): Suppression | undefined {
    for (let at = line - 1; at >= 1; at--) {
      if (!this.lines[at - 1]?.trim().startsWith('#')) break
      const found = this.byLine.get(at)
      if (found && this.covers(found, ruleId))
        return this.toSuppression(found, at)
    }
    const wide = this.fileWide.find((f) => this.covers(f.s, ruleId))

    return wide ? this.toSuppression(wide.s, wide.line) : undefined
  }

  /** Ids named in comments that match no rule. */
  unknownIds(): UnknownSuppressionId[] {
    const all = [
      ...[...this.byLine].map(([line, s]) => ({ line, s })),
      ...this.fileWide
    ]

    return all.flatMap(({ line, s }) =>
      resolveSuppression(s, this.rules).unknownIds.map((id) => ({ id, line }))
    )
  }

  private covers(s: InlineSuppression, ruleId: string): boolean {
    return resolveSuppression(s, this.rules).ruleIds.has(ruleId)
  }

  private toSuppression(s: InlineSuppression, line: number): Suppression {
    return {
      kind: 'inline',
      reason: s.reason ?? 'no reason given',
      by: `${this.path}:${line}`
    }
  }
}
