/** One severity scale for every source, lowest first. */
export const SEVERITIES = [
  'UNKNOWN',
  'LOW',
  'MEDIUM',
  'HIGH',
  'CRITICAL'
] as const

export type Severity = (typeof SEVERITIES)[number]

/**
 * The score used for SARIF `security-severity` when a tool gives no CVSS
 * score. Each value sits inside the band GitHub maps to the same label.
 */
export const DEFAULT_SCORES: Readonly<Record<Severity, number>> = {
  CRITICAL: 9.5,
  HIGH: 8.0,
  MEDIUM: 5.5,
  LOW: 2.0,
  UNKNOWN: 0.0
}

/** Position on the scale: UNKNOWN is 0, CRITICAL is 4. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}

/** True when `severity` is at or above `threshold`. */
export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold)
}

/** Reads a severity name in any case; undefined when it is not one. */
export function parseSeverity(value: string): Severity | undefined {
  const upper = value.trim().toUpperCase()

  return (SEVERITIES as readonly string[]).includes(upper)
    ? (upper as Severity)
    : undefined
}

/** Orders severities from the most severe down. */
export function compareSeverityDesc(a: Severity, b: Severity): number {
  return severityRank(b) - severityRank(a)
}
