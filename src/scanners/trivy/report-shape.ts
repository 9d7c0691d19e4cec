import {
  badReport,
  isObject,
  kindOf,
  objectsAt,
  requireText,
  text,
  type JsonObject
} from './fields.js'
import type { TrivyArtifact, TrivyResult } from './report-types.js'

/** A report of any supported shape, reduced to its results. */
export interface ReportContent {
  readonly artifact: TrivyArtifact
  readonly results: readonly TrivyResult[]
}

const NEEDS_JSON = 'run Trivy with `--format json` to get a report we can read'

/**
 * Recognises every shape Trivy has written for `--format json`: schema 2,
 * the legacy list of results (schema 1), the literal `null` of old versions
 * with nothing found, and the 2019 map from target to vulnerabilities.
 * Other formats (CycloneDX, SPDX, SARIF, `trivy k8s`) are rejected by name.
 */
export function readReportShape(value: unknown, source: string): ReportContent {
  if (value === null) return { artifact: {}, results: [] }

  if (Array.isArray(value)) {
    return { artifact: {}, results: checkResults(value, 'results', source) }
  }

  if (!isObject(value)) {
    throw badReport(source, `is ${kindOf(value)}, not a Trivy JSON report`)
  }

  const foreign = foreignFormat(value)
  if (foreign) {
    throw badReport(
      source,
      `is ${foreign}, not a Trivy JSON report; ${NEEDS_JSON}`
    )
  }

  if ('SchemaVersion' in value || 'Results' in value) {
    return schemaV2(value, source)
  }

  if (isTargetMap(value)) return targetMap(value, source)

  const keys = Object.keys(value).slice(0, 5).join(', ') || 'none'
  throw badReport(
    source,
    `is not a Trivy JSON report (no SchemaVersion or Results; keys: ${keys}); ${NEEDS_JSON}`
  )
}

// Names the formats Trivy (or a neighbour) writes that are not its JSON
// report, so that the message says what the file is.
function foreignFormat(value: JsonObject): string | undefined {
  if (value.bomFormat === 'CycloneDX') {
    return 'a CycloneDX SBOM (`--format cyclonedx`)'
  }
  if ('spdxVersion' in value) return 'an SPDX SBOM (`--format spdx-json`)'
  if (Array.isArray(value.runs) && 'version' in value) {
    return 'a SARIF log (`--format sarif`)'
  }
  if ('ClusterName' in value || isK8sSummary(value)) {
    return '`trivy k8s` output'
  }

  return undefined
}

// `trivy k8s --report summary` lists finding ids under lower-case keys.
function isK8sSummary(value: JsonObject): boolean {
  const lists = ['vulnerabilities', 'misconfigurations', 'secrets']
    .map((key) => value[key])
    .filter((list) => list !== undefined)

  return (
    lists.length > 0 &&
    lists.every(
      (list) =>
        Array.isArray(list) && list.every((id) => typeof id === 'string')
    )
  )
}

function schemaV2(value: JsonObject, source: string): ReportContent {
  const version = value.SchemaVersion
  if (version !== undefined && version !== 2) {
    throw badReport(
      source,
      `has SchemaVersion ${JSON.stringify(version)}; this version reads SchemaVersion 2 (Trivy 0.20 and later)`
    )
  }

  const results = objectsAt(value, 'Results', '', source)

  return {
    artifact: artifactOf(value),
    results: checkResults(results, 'Results', source)
  }
}

function artifactOf(value: JsonObject): TrivyArtifact {
  const metadata = isObject(value.Metadata) ? value.Metadata : {}
  const digests = Array.isArray(metadata.RepoDigests)
    ? metadata.RepoDigests
    : []
  const repoDigest = digests.map(text).find((d) => d?.includes('@'))

  return {
    name: text(value.ArtifactName),
    type: text(value.ArtifactType),
    digest: repoDigest?.slice(repoDigest.indexOf('@') + 1)
  }
}

// The 2019 format: `{"<target>": null | [vulnerability, ...]}`.
function isTargetMap(value: JsonObject): boolean {
  const entries = Object.values(value)

  return (
    entries.length > 0 &&
    entries.every((entry) => entry === null || Array.isArray(entry))
  )
}

function targetMap(value: JsonObject, source: string): ReportContent {
  const results = Object.keys(value).map((target) => ({
    Target: target,
    Vulnerabilities: value[target]
  }))

  return { artifact: {}, results: checkResults(results, 'results', source) }
}

/**
 * Checks the structure of each result: lists are lists of objects and each
 * finding has its id. Returns the results typed; other fields are read
 * defensively where they are used.
 */
function checkResults(
  results: readonly unknown[],
  name: string,
  source: string
): TrivyResult[] {
  return results.map((result, index) => {
    const where = `${name}[${index}]`
    if (!isObject(result)) {
      throw badReport(source, `${where} is ${kindOf(result)}, not an object`)
    }
    if (result.Target !== undefined && typeof result.Target !== 'string') {
      throw badReport(source, `${where}.Target is ${kindOf(result.Target)}`)
    }

    checkFindings(result, `${where}.`, source)

    return result as TrivyResult
  })
}

const ID_KEYS: Readonly<Record<string, string>> = {
  Vulnerabilities: 'VulnerabilityID',
  Secrets: 'RuleID',
  Licenses: 'Name'
}

function checkFindings(result: JsonObject, where: string, source: string) {
  for (const [list, id] of Object.entries(ID_KEYS)) {
    requireText(
      objectsAt(result, list, where, source),
      id,
      where + list,
      source
    )
  }

  objectsAt(result, 'Packages', where, source)
  objectsAt(result, 'Misconfigurations', where, source).forEach((m, i) => {
    if (text(m.ID) ?? text(m.AVDID)) return

    throw badReport(source, `${where}Misconfigurations[${i}] has no ID`)
  })
  objectsAt(result, 'ExperimentalModifiedFindings', where, source).forEach(
    (m, i) => {
      if (isObject(m.Finding)) return

      throw badReport(
        source,
        `${where}ExperimentalModifiedFindings[${i}].Finding is ${kindOf(m.Finding)}, not an object`
      )
    }
  )
}
