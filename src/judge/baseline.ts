import { readFile } from 'node:fs/promises'
import { UserError, errorText } from '../errors.js'
import {
  DEFAULT_SCORES,
  parseSeverity,
  type Finding,
  type FindingKind,
  type FindingSource,
  type Severity
} from '../findings/index.js'
import { imageName } from './image.js'

/** The partialFingerprints key our logs write fingerprints under. */
export const BASELINE_KEY = 'csg/v1'

/** The findings of an earlier log, by fingerprint. */
export interface Baseline {
  readonly file: string
  readonly findings: ReadonlyMap<string, Finding>
  /** Results that carried no fingerprint of ours and were left out. */
  readonly unreadable: number
}

/** Findings marked new or unchanged, and those the baseline had that are gone. */
export interface BaselineComparison {
  readonly findings: Finding[]
  /** Baseline findings no longer found, with `baselineState: 'absent'`. */
  readonly absent: Finding[]
}

/** Reads an earlier SARIF log of ours as a baseline. */
export async function loadBaseline(file: string): Promise<Baseline> {
  const fail = (what: string, cause?: unknown): never => {
    throw new UserError(
      `baseline-sarif: ${file} ${what}. Give a SARIF log written by an earlier run of this gate.`,
      'baseline-sarif',
      { cause }
    )
  }

  let log: unknown
  try {
    log = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    return fail(`cannot be read as JSON (${errorText(error)})`, error)
  }
  if (!isRecord(log) || !Array.isArray(log['runs'])) {
    return fail('is not a SARIF log (no "runs" list)')
  }

  const findings = new Map<string, Finding>()
  let unreadable = 0
  for (const run of log['runs'] as unknown[]) {
    for (const finding of findingsOfRun(run)) {
      if (finding) findings.set(finding.fingerprint, finding)
      else unreadable++
    }
  }

  return { file, findings, unreadable }
}

/**
 * Marks each finding `new` or `unchanged` by its fingerprint, and lists the
 * baseline's findings this run no longer has as `absent`.
 */
export function compareWithBaseline(
  findings: readonly Finding[],
  baseline: Baseline
): BaselineComparison {
  const seen = new Set<string>()
  const marked = findings.map((finding): Finding => {
    seen.add(finding.fingerprint)
    const known = baseline.findings.has(finding.fingerprint)

    return { ...finding, baselineState: known ? 'unchanged' : 'new' }
  })
  const absent = [...baseline.findings.values()]
    .filter((f) => !seen.has(f.fingerprint))
    .map((f): Finding => ({ ...f, baselineState: 'absent' }))

  return { findings: marked, absent }
}

// Results without our fingerprint come back as undefined; results that
// were themselves absent in that log are skipped.
function findingsOfRun(run: unknown): (Finding | undefined)[] {
  if (!isRecord(run) || !Array.isArray(run['results'])) return []
  const driver = record(record(run['tool'])['driver'])
  const rules = Array.isArray(driver['rules']) ? driver['rules'] : []

  return (run['results'] as unknown[])
    .filter((r) => !isRecord(r) || r['baselineState'] !== 'absent')
    .map((r) => (isRecord(r) ? toFinding(r, rules) : undefined))
}

function toFinding(
  result: Record<string, unknown>,
  rules: unknown[]
): Finding | undefined {
  const fingerprint = record(result['partialFingerprints'])[BASELINE_KEY]
  const ruleId = result['ruleId']
  if (typeof fingerprint !== 'string' || typeof ruleId !== 'string') {
    return undefined
  }

  const props = record(result['properties'])
  const index = result['ruleIndex']
  const rule = record(
    typeof index === 'number'
      ? rules[index]
      : rules.find((r) => record(r)['id'] === ruleId)
  )
  const severity =
    parseSeverity(text(props['severity']) ?? '') ??
    severityOfLevel(result['level'])
  const location = record(
    record(asArray(result['locations'])[0])['physicalLocation']
  )
  const uri = text(record(location['artifactLocation'])['uri'])
  const image = record(props['image'])
  const pkg = record(props['package'])

  return {
    rule: {
      id: ruleId,
      title: text(record(rule['shortDescription'])['text']) ?? ruleId,
      help: text(record(rule['help'])['text']) ?? '',
      ...(text(rule['helpUri']) ? { helpUri: text(rule['helpUri']) } : {}),
      defaultSeverity: severity,
      precision: 'high',
      tags: []
    },
    source: (text(props['source']) ?? 'sarif') as FindingSource,
    kind: (text(props['kind']) ?? 'vulnerability') as FindingKind,
    severity,
    score:
      typeof props['score'] === 'number'
        ? props['score']
        : DEFAULT_SCORES[severity],
    message: text(record(result['message'])['text']) ?? ruleId,
    location: locationOf(uri, location['region'], text(image['ref'])),
    target: text(props['target']) ?? uri ?? ruleId,
    fingerprint,
    ...(text(pkg['name'])
      ? {
          package: {
            name: text(pkg['name']) as string,
            ...(text(pkg['installedVersion'])
              ? { installedVersion: text(pkg['installedVersion']) }
              : {}),
            ...(text(pkg['fixedVersion'])
              ? { fixedVersion: text(pkg['fixedVersion']) }
              : {})
          }
        }
      : {})
  }
}

// An image finding without a Dockerfile was written at its image name:
// that is no file, so only the image comes back.
function locationOf(
  uri: string | undefined,
  region: unknown,
  ref: string | undefined
): Finding['location'] {
  const file = uri === undefined ? undefined : decodeURIComponent(uri)
  const startLine = record(region)['startLine']
  const isFile = file !== undefined && (!ref || file !== imageName(ref))

  return {
    ...(isFile ? { path: file } : {}),
    ...(isFile && typeof startLine === 'number'
      ? { region: { startLine } }
      : {}),
    ...(ref ? { image: { ref } } : {})
  }
}

function severityOfLevel(level: unknown): Severity {
  return level === 'error' ? 'HIGH' : level === 'note' ? 'LOW' : 'MEDIUM'
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {}
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
