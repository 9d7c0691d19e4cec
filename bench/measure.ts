/** Small helpers the benchmarks share: timing and peak memory. */
import { performance } from 'node:perf_hooks'

/** What one measured piece of work cost. */
export interface Measurement {
  readonly ms: number
  /** Peak resident set size growth over the work, in MiB. */
  readonly peakMiB: number
}

/**
 * Runs `work` once after a collection, sampling resident memory every few
 * milliseconds so the peak is caught even if freed before the end.
 */
export async function measure(work: () => unknown): Promise<Measurement> {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  const base = process.memoryUsage().rss
  let peak = base
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 5)
  const start = performance.now()
  await work()
  const ms = performance.now() - start
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage().rss)

  return { ms, peakMiB: (peak - base) / 1024 / 1024 }
}

/** Prints one figure line in a fixed layout. */
export function report(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(48)} ${value}\n`)
}
