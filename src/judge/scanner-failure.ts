import type { ScannerErrorCode } from '../errors.js'
import type { FailedOutcome } from '../scanners/outcome.js'

// What a user can usually do about each kind of failure, used when the
// scanner gave no hint of its own.
const FIXES: Record<ScannerErrorCode, string> = {
  NOT_FOUND:
    'install it on PATH or let the gate download its pinned version (check the tools settings)',
  SPAWN_FAILED:
    'check that the executable can run on this runner (permissions, architecture)',
  TIMED_OUT:
    'raise the scanner timeout, or warm the Trivy database cache / use a Trivy server',
  EXIT_CODE: 'read the tool output above in the log and correct its input',
  BAD_OUTPUT:
    'check that the tool version is supported; the output could not be read',
  INSTALL_FAILED:
    'check the download base URL and network access to it, or put the tool on PATH',
  NETWORK:
    'check network access to the registry or database mirror from this runner',
  REGISTRY_AUTH:
    'provide registry credentials through the environment (for example a docker login before this step)'
}

/**
 * One sentence on a failed scanner: which one, on what, why (its error and
 * the telling stderr line) and how to fix it.
 */
export function describeFailure(outcome: FailedOutcome): string {
  const { error } = outcome
  // The tool's line only when the message does not quote it already.
  const line = error.details.stderrLine
  const said =
    line && !error.message.includes(line.slice(0, 60))
      ? ` ${outcome.tool} said: "${line}".`
      : ''
  const code = error.details.exitCode
  const exit = code === undefined ? '' : ` (exit code ${code})`
  const fix = error.details.hint ?? FIXES[error.code]

  return `Scanner ${outcome.scanner} (${outcome.tool}) on ${outcome.target.kind} ${outcome.target.name} could not run${exit}: ${stripPeriod(error.message)}.${said} To fix: ${stripPeriod(fix)}.`
}

function stripPeriod(text: string): string {
  return text.trim().replace(/\.$/, '')
}
