import {
  DEFAULT_SCORES,
  fingerprintOf,
  type Finding
} from '../../findings/index.js'
import { text } from './fields.js'
import type { TrivyLicense } from './report-types.js'
import type { ResultScope } from './scope.js'
import { severityOf } from './severity.js'

/**
 * One license of a package or file as a Finding. Trivy rates licenses by
 * category (forbidden, restricted...) into its severity, which we keep.
 */
export function licenseFinding(
  license: TrivyLicense,
  scope: ResultScope
): Finding {
  const name = license.Name
  const severity = severityOf(license.Severity)
  const category = text(license.Category) ?? 'unknown'
  const pkg = text(license.PkgName)
  const file = text(license.FilePath)
  const link = text(license.Link)
  const holder = pkg ?? file ?? (scope.target || 'a file')

  return {
    rule: {
      id: name,
      title: `License ${name} (${category})`,
      help: `Trivy classifies the license ${name} as ${category}. Check that its terms allow the way this software is distributed, or replace the component.`,
      helpUri: link,
      defaultSeverity: severity,
      precision: 'high',
      tags: ['license', category]
    },
    source: 'trivy',
    kind: 'license',
    severity,
    score: DEFAULT_SCORES[severity],
    message: `${holder} is under the ${category} license ${name}`,
    location: scope.locate(undefined, undefined, file),
    target: scope.target,
    fingerprint: fingerprintOf(name, scope.fingerprintTarget, pkg, file),
    ...(pkg && { package: { name: pkg } })
  }
}
