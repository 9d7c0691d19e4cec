import { DEFAULT_SCORES, type Severity } from '../../findings/index.js'
import { positive } from './fields.js'
import type { TrivyCvss, TrivyVulnerability } from './report-types.js'

/**
 * The 0-10 score of a vulnerability: the CVSS v3 score of the vendor whose
 * severity Trivy used (`SeveritySource`), then NVD's, then any vendor's v3,
 * then a CVSS v4.0 score; with no CVSS at all, the severity's default.
 */
export function scoreOf(vuln: TrivyVulnerability, severity: Severity): number {
  const cvss: Readonly<Record<string, TrivyCvss>> =
    typeof vuln.CVSS === 'object' && vuln.CVSS !== null ? vuln.CVSS : {}
  const vendors = Object.values(cvss)
  const preferred = [vuln.SeveritySource, 'nvd']
    .filter((vendor): vendor is string => typeof vendor === 'string')
    .map((vendor) => cvss[vendor])

  const score =
    preferred.map((entry) => positive(entry?.V3Score)).find(isScore) ??
    vendors.map((entry) => positive(entry?.V3Score)).find(isScore) ??
    [...preferred, ...vendors]
      .map((entry) => positive(entry?.V40Score))
      .find(isScore)

  return score ?? DEFAULT_SCORES[severity]
}

function isScore(value: number | undefined): value is number {
  return value !== undefined && value <= 10
}
