import { parseSeverity, type Severity } from '../../findings/index.js'

/** Trivy's severity name on our scale; anything unrecognised is UNKNOWN. */
export function severityOf(value: unknown): Severity {
  return (typeof value === 'string' && parseSeverity(value)) || 'UNKNOWN'
}
