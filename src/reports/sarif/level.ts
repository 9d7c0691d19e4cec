import type { Severity } from '../../findings/index.js'
import { assertNever } from '../../errors.js'
import type { SarifLevel } from './types.js'

/** Five severities folded into SARIF's three levels. */
export function levelOf(severity: Severity): SarifLevel {
  switch (severity) {
    case 'CRITICAL':
    case 'HIGH':
      return 'error'
    case 'MEDIUM':
      return 'warning'
    case 'LOW':
    case 'UNKNOWN':
      return 'note'
    default:
      return assertNever(severity)
  }
}
