import { cosignScanner } from './cosign/index.js'
import type { ScannerName } from './outcome.js'
import { policyScanner } from './policy/index.js'
import type { Scanner } from './scanner.js'
import { trivyFsScanner, trivyImageScanner } from './trivy/index.js'

/** Every scanner, in the order their runs appear in reports. */
export const ALL_SCANNERS: readonly Scanner[] = [
  trivyFsScanner,
  trivyImageScanner,
  cosignScanner,
  policyScanner
]

/** The scanners the user turned on. */
export function selectScanners(names: readonly ScannerName[]): Scanner[] {
  return ALL_SCANNERS.filter((s) => names.includes(s.name))
}
