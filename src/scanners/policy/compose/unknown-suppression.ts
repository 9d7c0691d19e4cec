import type { PolicyConfig } from '../../../config/config.js'
import type { Finding } from '../../../findings/index.js'
import { toPolicyFinding } from '../finding.js'
import type { PolicyRuleMeta } from '../rule.js'
import type { UnknownSuppressionId } from './inline.js'

/**
 * CSG-C0: a `csg-ignore` comment in a Compose file or script names an id
 * no rule has, so it silences nothing (often a typo).
 */
export const UNKNOWN_SUPPRESSION: PolicyRuleMeta = {
  id: 'CSG-C0',
  concern: 'C0',
  title: 'Suppression comment names an unknown rule',
  help: 'A csg-ignore comment names a rule id that does not exist, so it suppresses nothing. Correct the id (CSG-C1...CSG-C29, CSG-R1..., CSG-S1...) or remove the comment.',
  defaultSeverity: 'LOW',
  precision: 'very-high',
  tags: ['maintainability', 'compose']
}

/** The finding for one unknown id at its comment line. */
export function unknownSuppressionFinding(
  path: string,
  unknown: UnknownSuppressionId,
  policy: PolicyConfig
): Finding {
  return toPolicyFinding(
    UNKNOWN_SUPPRESSION,
    {
      message: `Suppression comment names ${unknown.id}, which is not a rule id.`,
      region: { startLine: unknown.line },
      key: `suppression/${unknown.id}`
    },
    path,
    policy
  )
}
