/**
 * A mistake the user must fix: a bad input, flag or configuration value.
 * The message names the input and says what is accepted.
 */
export class UserError extends Error {
  override readonly name = 'UserError'

  constructor(
    message: string,
    /** The input, flag or config key at fault, when there is one. */
    readonly input?: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** Why an external tool could not do its work. */
export type ScannerErrorCode =
  | 'NOT_FOUND'
  | 'SPAWN_FAILED'
  | 'TIMED_OUT'
  | 'EXIT_CODE'
  | 'BAD_OUTPUT'
  | 'INSTALL_FAILED'
  | 'NETWORK'
  | 'REGISTRY_AUTH'

/**
 * A scanner that could not run or whose output could not be read. It fails
 * the gate unless the user opted out.
 */
export class ScannerError extends Error {
  override readonly name = 'ScannerError'

  constructor(
    readonly code: ScannerErrorCode,
    /** The tool: `trivy`, `cosign`, `policy`. */
    readonly tool: string,
    message: string,
    readonly details: {
      readonly exitCode?: number
      /** The line of stderr that says what went wrong. */
      readonly stderrLine?: string
      /** What the user can do about it. */
      readonly hint?: string
      readonly cause?: unknown
    } = {}
  ) {
    super(message, { cause: details.cause })
  }
}

/** Text of any thrown value, for messages. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Marks a switch as exhaustive: the compiler fails when a case is missing. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`)
}
