import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Config } from '../../config/config.js'
import { ScannerError, errorText } from '../../errors.js'
import type { ScannerName, ScanOutcome } from '../outcome.js'
import type { ScanContext } from '../scanner.js'
import { mapWithLimit } from '../../tools/limit.js'
import { parseTrivyReport } from './parse.js'
import { scanTarget } from './scan-target.js'

/** True when the user gave Trivy reports to read instead of running it. */
export function readsReports(config: Config): boolean {
  return config.trivy.reports.length > 0
}

/**
 * Reads the Trivy JSON reports the user named (`trivy.reports`), one
 * outcome each; a file that is missing or unreadable is a `failed`
 * outcome naming it. The reports are read by one scanner only (trivy-fs,
 * unless it is off), so that each finding is counted once.
 */
export async function ingestReports(
  context: ScanContext,
  scanner: ScannerName
): Promise<ScanOutcome[]> {
  const { config, plan } = context
  const reader = config.scanners.includes('trivy-fs') ? 'trivy-fs' : scanner
  if (scanner !== reader) return []

  const knownImages = plan.images.filter((image) => !image.archive)

  return mapWithLimit(config.trivy.reports, config.concurrency, (report) =>
    scanTarget(context, {
      scanner,
      target: { kind: 'report', name: report },
      label: `Trivy report ${report}`,
      run: async () =>
        parseTrivyReport(await readReport(config.path, report), report, {
          ignoreUnfixed: config.ignoreUnfixed,
          knownImages
        })
    })
  )
}

async function readReport(root: string, report: string): Promise<string> {
  try {
    return await readFile(path.resolve(root, report), 'utf8')
  } catch (error) {
    throw new ScannerError(
      'BAD_OUTPUT',
      'trivy',
      `Trivy report ${report} could not be read: ${errorText(error)}`,
      {
        cause: error,
        hint: 'Check the path in trivy reports; it is relative to the repository root.'
      }
    )
  }
}
