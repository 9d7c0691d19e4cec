import { gzipSync, constants } from 'node:zlib'

/** GitHub's limits on one uploaded log. */
export interface SarifLimits {
  /** Results in one run (GitHub: 25,000). */
  readonly resultsPerRun: number
  /** The whole file, gzipped (GitHub: 10 MB). */
  readonly gzipBytes: number
}

/** GitHub's published limits; a megabyte read as 10^6 bytes to be safe. */
export const GITHUB_LIMITS: SarifLimits = {
  resultsPerRun: 25_000,
  gzipBytes: 10_000_000
}

/** What the limits cut, across the log. */
export interface SarifTruncation {
  /** Results past the per-run limit. */
  readonly resultsPerRun: number
  /**
   * Locations past 1,000 on a result. Always 0: every result has exactly
   * one location; kept so that the summary names every limit.
   */
  readonly locationsPerResult: number
  /** Results left out to fit the gzipped size limit. */
  readonly bySize: number
  /** Target groups folded into a shared run to stay within 20 runs. */
  readonly mergedGroups: number
}

/**
 * The gzipped size of `text`, at most `limit` when it fits. Level 1 is
 * tried first: it is several times faster and never smaller than the
 * default level, so a fit at level 1 is a fit for any uploader.
 */
export function gzipSize(text: string, limit: number): number {
  const buffer = Buffer.from(text, 'utf8')
  const fast = gzipSync(buffer, { level: constants.Z_BEST_SPEED }).length
  if (fast <= limit) return fast

  return gzipSync(buffer).length
}
