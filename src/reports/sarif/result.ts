import { BASELINE_KEY } from '../../judge/baseline.js'
import type { Finding, Suppression } from '../../findings/index.js'
import { levelOf } from './level.js'
import { toLocation } from './location.js'
import type { SarifResult, SarifSuppression } from './types.js'

/** The partialFingerprints key our fingerprints are written under. */
export const FINGERPRINT_KEY = BASELINE_KEY

/** One finding as a result referring to its rule by index. */
export function toResult(
  finding: Finding,
  ruleIndex: number,
  root: string,
  withBaseline: boolean
): SarifResult {
  const { suppression, baselineState } = finding

  return {
    ruleId: finding.rule.id,
    ruleIndex,
    level: levelOf(finding.severity),
    message: { text: finding.message || finding.rule.title },
    locations: [toLocation(finding, root)],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(suppression ? { suppressions: [toSuppression(suppression)] } : {}),
    ...(withBaseline ? { baselineState: baselineState ?? 'new' } : {}),
    properties: propertiesOf(finding)
  }
}

function toSuppression(suppression: Suppression): SarifSuppression {
  const by = suppression.by ? ` (by ${suppression.by})` : ''
  const until = suppression.until ? `, until ${suppression.until}` : ''

  return {
    kind: suppression.kind === 'inline' ? 'inSource' : 'external',
    status: 'accepted',
    justification: `${suppression.reason}${by}${until}`
  }
}

// What a reader of the log (or our baseline reader) needs to rebuild the
// finding: its own severity and score, source, kind, target and package.
function propertiesOf(finding: Finding): Record<string, unknown> {
  const { package: pkg, location } = finding

  return {
    severity: finding.severity,
    score: finding.score,
    source: finding.source,
    kind: finding.kind,
    target: finding.target,
    ...(location.image ? { image: { ...location.image } } : {}),
    ...(pkg ? { package: { ...pkg } } : {}),
    ...(finding.suppression
      ? { suppressionKind: finding.suppression.kind }
      : {})
  }
}
