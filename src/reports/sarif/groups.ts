import type { Finding } from '../../findings/index.js'
import { imageName } from '../../judge/image.js'
import { compareText } from '../../judge/order.js'
import type { ScanOutcome } from '../../scanners/outcome.js'

/** GitHub accepts at most this many runs in one upload. */
export const MAX_RUNS = 20

/** The findings and outcomes that become one run: one tool, one target group. */
export interface RunGroup {
  /** `trivy-fs`, `trivy-image/ghcr.io-acme-api`, `cosign`, `policy`. */
  readonly key: string
  readonly findings: Finding[]
  readonly outcomes: ScanOutcome[]
  /** Keys of the groups folded into this one to stay within MAX_RUNS. */
  readonly mergedFrom: string[]
}

/**
 * Splits findings and outcomes into run groups, sorted by key. Beyond
 * MAX_RUNS, the groups that sort last (image groups) fold into one
 * `merged` group, which lists what it holds.
 */
export function groupRuns(
  findings: readonly Finding[],
  outcomes: readonly ScanOutcome[]
): RunGroup[] {
  const groups = new Map<string, RunGroup>()
  const groupOf = (key: string): RunGroup => {
    let group = groups.get(key)
    if (!group) {
      group = { key, findings: [], outcomes: [], mergedFrom: [] }
      groups.set(key, group)
    }

    return group
  }

  for (const outcome of outcomes)
    groupOf(outcomeKey(outcome)).outcomes.push(outcome)
  for (const finding of findings)
    groupOf(findingKey(finding)).findings.push(finding)

  const sorted = [...groups.values()]
    .map(asFailureGroup)
    .sort((a, b) => compareText(a.key, b.key))
  for (const group of sorted) group.outcomes.sort(compareOutcomes)
  if (sorted.length <= MAX_RUNS) return sorted

  const kept = sorted.slice(0, MAX_RUNS - 1)
  const merged: RunGroup = {
    key: 'merged',
    findings: [],
    outcomes: [],
    mergedFrom: []
  }
  for (const group of sorted.slice(MAX_RUNS - 1)) {
    merged.findings.push(...group.findings)
    merged.outcomes.push(...group.outcomes)
    merged.mergedFrom.push(group.key)
  }

  return [...kept, merged]
}

// A run of a category tells code scanning the whole truth about it: an
// empty run because the scanner failed would close that category's open
// alerts. Such a group gets a category of its own, `failed/...`, so the
// last good analysis stands while the failure is still reported.
function asFailureGroup(group: RunGroup): RunGroup {
  const failed =
    group.findings.length === 0 &&
    group.outcomes.length > 0 &&
    group.outcomes.every((o) => o.status === 'failed')

  return failed ? { ...group, key: `failed/${group.key}` } : group
}

// Outcomes in a stable order, whatever order the scanners finished in.
function compareOutcomes(a: ScanOutcome, b: ScanOutcome): number {
  return (
    compareText(a.scanner, b.scanner) ||
    compareText(a.target.name, b.target.name) ||
    compareText(a.status, b.status)
  )
}

/** The group of a finding, from its source and, for Trivy, its image. */
export function findingKey(finding: Finding): string {
  switch (finding.source) {
    case 'trivy':
      return finding.location.image
        ? `trivy-image/${imageSlug(finding.location.image.ref)}`
        : 'trivy-fs'
    case 'sarif':
      return `sarif/${slug(finding.target)}`
    default:
      return finding.source
  }
}

function outcomeKey(outcome: ScanOutcome): string {
  return outcome.scanner === 'trivy-image' && outcome.target.kind === 'image'
    ? `trivy-image/${imageSlug(outcome.target.name)}`
    : outcome.scanner
}

/**
 * An image reference without its tag or digest, as a category-safe word:
 * `ghcr.io/acme/api:1.2@sha256:..` becomes `ghcr.io-acme-api`. Tags are left
 * out so that a category stays the same from one commit's tag to the next.
 */
export function imageSlug(ref: string): string {
  return slug(imageName(ref))
}

function slug(text: string): string {
  return (
    text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'root'
  )
}
