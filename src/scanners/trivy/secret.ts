import {
  DEFAULT_SCORES,
  fingerprintOf,
  type Finding
} from '../../findings/index.js'
import { text } from './fields.js'
import type { TrivySecret } from './report-types.js'
import type { ResultScope } from './scope.js'
import { severityOf } from './severity.js'

const HELP =
  'A credential is committed where anyone who can read the repository or pull the image can copy it. Revoke it and issue a new one, remove it from the file and from history (or from the image layer), and pass it at run time from a secret store or the CI secret settings instead.'

/**
 * One secret as a Finding. Trivy's `Match` and `Code` carry the secret's
 * text (masked only partly in older versions), so neither is read: the
 * message names the rule and category, the region the lines.
 */
export function secretFinding(
  secret: TrivySecret,
  scope: ResultScope,
  occurrence: number
): Finding {
  const id = secret.RuleID
  const severity = severityOf(secret.Severity)
  const title = text(secret.Title) ?? id
  const category = text(secret.Category)

  return {
    rule: {
      id,
      title,
      help: `${title} (rule ${id}). ${HELP}`,
      defaultSeverity: severity,
      precision: 'high',
      tags: ['security', 'secret', ...(category ? [category] : [])]
    },
    source: 'trivy',
    kind: 'secret',
    severity,
    score: DEFAULT_SCORES[severity],
    message: `Secret found: ${title} (${category ? `${category}, ` : ''}rule ${id}); its value is not shown`,
    location: scope.locate(secret.StartLine, secret.EndLine),
    target: scope.target,
    // Several secrets of one rule in one file are told apart by their order,
    // not their line (which moves) nor their text (which must not be kept).
    fingerprint: fingerprintOf(id, scope.fingerprintTarget, String(occurrence))
  }
}
