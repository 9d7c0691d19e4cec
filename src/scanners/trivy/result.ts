import type { Finding, Suppression } from '../../findings/index.js'
import { badReport, isObject, text } from './fields.js'
import { licenseFinding } from './license.js'
import { isFailure, misconfigurationFinding } from './misconfiguration.js'
import type { TrivyParseOptions } from './options.js'
import type {
  TrivyArtifact,
  TrivyLicense,
  TrivyModifiedFinding,
  TrivyResult,
  TrivySecret,
  TrivyVulnerability
} from './report-types.js'
import { scopeOf, type ResultScope } from './scope.js'
import { secretFinding } from './secret.js'
import {
  hasFix,
  vulnerabilityFinding,
  type PackageLines
} from './vulnerability.js'

/** Where the findings of one result come from and how to read them. */
interface ResultContext {
  readonly result: TrivyResult
  readonly scope: ResultScope
  readonly lines: PackageLines
  readonly options: TrivyParseOptions
  readonly source: string
  readonly where: string
}

/**
 * Every finding of one Trivy result: vulnerabilities, failed checks,
 * secrets and licenses, then those VEX or an ignore file suppressed.
 */
export function resultFindings(
  result: TrivyResult,
  index: number,
  artifact: TrivyArtifact,
  options: TrivyParseOptions,
  source: string
): Finding[] {
  const context: ResultContext = {
    result,
    scope: scopeOf(result, artifact, options),
    lines: packageLines(result),
    options,
    source,
    where: `Results[${index}]`
  }
  const secretCount = new Map<string, number>()

  return [
    ...(result.Vulnerabilities ?? [])
      .filter((vuln) => !options.ignoreUnfixed || hasFix(vuln))
      .map((vuln) => vulnerability(context, vuln)),
    ...(result.Misconfigurations ?? [])
      .filter(isFailure)
      .map((check) =>
        misconfigurationFinding(check, context.scope, text(result.Type))
      ),
    ...(result.Secrets ?? []).map((secret) => {
      const seen = (secretCount.get(secret.RuleID) ?? 0) + 1
      secretCount.set(secret.RuleID, seen)

      return secretFinding(secret, context.scope, seen)
    }),
    ...(result.Licenses ?? []).map((l) => licenseFinding(l, context.scope)),
    ...(result.ExperimentalModifiedFindings ?? []).flatMap((modified, i) =>
      suppressedFinding(context, modified, i)
    )
  ]
}

function vulnerability(
  context: ResultContext,
  vuln: TrivyVulnerability
): Finding {
  return vulnerabilityFinding(
    vuln,
    context.scope,
    text(context.result.Type),
    context.lines
  )
}

// Lockfile lines of each package, for results that list packages.
function packageLines(result: TrivyResult): PackageLines {
  const lines = new Map<string, { start: number; end?: number }>()
  for (const pkg of result.Packages ?? []) {
    const first = Array.isArray(pkg.Locations) ? pkg.Locations[0] : undefined
    const id = text(pkg.ID)
    if (id && typeof first?.StartLine === 'number') {
      lines.set(id, { start: first.StartLine, end: first.EndLine })
    }
  }

  return lines
}

// Trivy lists findings it turned off (VEX, .trivyignore) apart; we keep
// them, marked suppressed, so reports can show what was silenced and why.
function suppressedFinding(
  context: ResultContext,
  modified: TrivyModifiedFinding,
  index: number
): Finding[] {
  const found = modified.Finding
  const where = `${context.where}.ExperimentalModifiedFindings[${index}]`
  const finding = modifiedFinding(context, text(modified.Type), found, where)
  if (!finding) return []

  const status = text(modified.Status) ?? 'suppressed'
  const statement = text(modified.Statement)
  const suppression: Suppression = {
    kind: status === 'ignored' ? 'exceptions-file' : 'vex',
    reason: statement ? `${status}: ${statement}` : status,
    by: text(modified.Source) ?? context.source
  }

  return [{ ...finding, suppression }]
}

function modifiedFinding(
  context: ResultContext,
  type: string | undefined,
  found: unknown,
  where: string
): Finding | undefined {
  const fields = isObject(found) ? found : {}
  // The shape was checked in `readReportShape`; the id is checked here, as
  // which key holds it depends on the type.
  const need = (key: string): void => {
    if (text(fields[key])) return

    throw badReport(context.source, `${where}.Finding has no ${key}`)
  }

  switch (type) {
    case 'vulnerability': {
      need('VulnerabilityID')
      const vuln = found as TrivyVulnerability
      const dropped = context.options.ignoreUnfixed && !hasFix(vuln)

      return dropped ? undefined : vulnerability(context, vuln)
    }
    case 'misconfiguration':
      if (!text(fields.AVDID)) need('ID')

      return misconfigurationFinding(
        fields,
        context.scope,
        text(context.result.Type)
      )
    case 'secret':
      need('RuleID')

      return secretFinding(found as TrivySecret, context.scope, 0)
    case 'license':
      need('Name')

      return licenseFinding(found as TrivyLicense, context.scope)
    default:
      // Known limitation: a suppressed finding of a type newer than this
      // parser knows is left out, since we cannot tell what it is about.
      return undefined
  }
}
