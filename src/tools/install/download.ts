import { ScannerError } from '../../errors.js'
import type { Logger } from '../../logging.js'

/** How hard to try one download. */
export interface DownloadOptions {
  readonly tool: string
  readonly logger: Logger
  /** For the whole of one attempt, headers and body. */
  readonly timeoutMs: number
  /** Attempts after the first, for network errors and 5xx answers. */
  readonly retries: number
  /** First pause between attempts; doubles each time. */
  readonly backoffMs: number
}

/** A download that must not be retried: the answer will not change. */
class FinalError extends Error {}

// Known limitation: a release is held in memory while it is checked and
// unpacked (about four times the archive's size at the peak, 250 MiB for
// Trivy's 60 MiB archive), rather than streamed to disk.

/**
 * Downloads `url` into memory with a timeout per attempt and bounded
 * retries with backoff. A 4xx answer is not retried. Throws a
 * `ScannerError` (INSTALL_FAILED) naming the URL and what to check.
 */
export async function download(
  url: string,
  options: DownloadOptions
): Promise<Buffer> {
  const { tool, logger } = options
  let lastError: unknown
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    if (attempt > 0) {
      const pause = options.backoffMs * 2 ** (attempt - 1)
      logger.info(`${tool}: retrying ${url} in ${pause} ms`)
      await new Promise((resolve) => setTimeout(resolve, pause))
    }
    try {
      return await fetchOnce(url, options.timeoutMs)
    } catch (error) {
      lastError = error
      logger.debug(`${tool}: download of ${url} failed: ${String(error)}`)
      if (error instanceof FinalError) break
    }
  }

  const why = lastError instanceof Error ? lastError.message : String(lastError)
  throw new ScannerError(
    'INSTALL_FAILED',
    tool,
    `Could not download ${tool} from ${url}: ${why}`,
    {
      hint: 'Check the version exists, that download-base-url points at a GitHub-style release mirror, and that a proxy (HTTPS_PROXY) lets the runner reach it.',
      cause: lastError
    }
  )
}

async function fetchOnce(url: string, timeoutMs: number): Promise<Buffer> {
  const signal = AbortSignal.timeout(timeoutMs)
  let response: Response
  try {
    response = await fetch(url, { signal, redirect: 'follow' })
  } catch (error) {
    throw new Error(describe(error, timeoutMs), { cause: error })
  }
  if (response.status >= 400 && response.status < 500) {
    throw new FinalError(`HTTP ${response.status} ${response.statusText}`)
  }
  if (!response.ok) {
    throw new Error(`HTTP ${response.status} ${response.statusText}`)
  }

  try {
    return Buffer.from(await response.arrayBuffer())
  } catch (error) {
    throw new Error(describe(error, timeoutMs), { cause: error })
  }
}

function describe(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string }).name
  if (name === 'TimeoutError' || name === 'AbortError') {
    return `no complete answer within ${timeoutMs} ms`
  }
  const cause = (error as { cause?: { message?: string } }).cause?.message

  return cause ?? (error instanceof Error ? error.message : String(error))
}
