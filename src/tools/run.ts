import { spawn } from 'node:child_process'

import { ScannerError } from '../errors.js'
import type { Logger } from '../logging.js'

/** How to run one external command. */
export interface RunOptions {
  /** The tool's short name for messages: `trivy`, `cosign`. */
  readonly tool: string
  readonly args: readonly string[]
  /** Added to this process's environment; secrets go here, never in args. */
  readonly env?: Readonly<Record<string, string>>
  readonly cwd?: string
  readonly timeoutMs: number
  readonly logger: Logger
  /** Exit codes that are not failures (default: only 0). */
  readonly okExitCodes?: readonly number[]
  /** Standard input to write, if any. */
  readonly input?: string
  /** Values to blank out of everything kept from the tool's output. */
  readonly secrets?: readonly string[]
}

/** What a finished command left behind. */
export interface RunResult {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
  readonly durationMs: number
}

// Output past this many bytes is dropped from the middle of the kept text,
// so a tool that floods its streams cannot exhaust memory.
const MAX_KEPT_BYTES = 8 * 1024 * 1024
const KILL_GRACE_MS = 2000

/**
 * Runs `command` with an argument array and no shell, under a timeout.
 * Throws a `ScannerError` when it cannot start, times out, or exits with a
 * code not in `okExitCodes`; the error carries the meaningful stderr line.
 */
export async function runTool(
  command: string,
  options: RunOptions
): Promise<RunResult> {
  const { tool, args, logger } = options
  const started = Date.now()
  logger.debug(`${tool}: running ${command} ${args.join(' ')}`)

  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    shell: false,
    stdio: ['pipe', 'pipe', 'pipe'],
    windowsHide: true
  })
  const stdout = new BoundedText(MAX_KEPT_BYTES)
  const stderr = new BoundedText(MAX_KEPT_BYTES)
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
  child.stdin.on('error', () => undefined)
  child.stdin.end(options.input ?? '')

  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS).unref()
  }, options.timeoutMs)

  const exit = await new Promise<{
    code: number | null
    signal?: NodeJS.Signals | null
    error?: Error
  }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, error }))
    child.once('close', (code, signal) => resolve({ code, signal }))
  }).finally(() => clearTimeout(timer))

  // A tool may echo a password it was given (an auth error quoting a URL
  // with credentials): nothing kept from its output may repeat one.
  const secrets = [...(options.secrets ?? []), ...secretValues(options.env)]
  // Values masked anywhere in this run (registry and key passwords) go
  // too, whichever tool was or was not given them.
  const result: RunResult = {
    exitCode: exit.code ?? -1,
    stdout: logger.redact(redactOutput(stdout.text(), secrets)),
    stderr: logger.redact(redactOutput(stderr.text(), secrets)),
    durationMs: Date.now() - started
  }
  if (result.stderr) logger.debug(`${tool} stderr:\n${result.stderr}`)

  if (exit.error) throw spawnError(tool, command, exit.error)

  if (timedOut) {
    throw new ScannerError(
      'TIMED_OUT',
      tool,
      `${tool} did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped`,
      {
        stderrLine: meaningfulLine(result.stderr),
        hint: `Raise the ${tool} timeout, or check that the registry or database mirror answers.`
      }
    )
  }

  if (exit.signal) {
    throw new ScannerError(
      'EXIT_CODE',
      tool,
      `${tool} was killed by ${exit.signal} before it finished`,
      {
        stderrLine: meaningfulLine(result.stderr),
        hint: 'Something outside the gate stopped it: check the runner for memory limits (the OOM killer) or a cancelled job.'
      }
    )
  }

  const ok = options.okExitCodes ?? [0]
  if (!ok.includes(result.exitCode)) {
    const line = meaningfulLine(result.stderr) ?? meaningfulLine(result.stdout)
    throw new ScannerError(
      'EXIT_CODE',
      tool,
      `${tool} exited with code ${result.exitCode}${line ? `: ${line}` : ''}`,
      { exitCode: result.exitCode, stderrLine: line }
    )
  }

  return result
}

function spawnError(tool: string, command: string, error: Error): ScannerError {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') {
    return new ScannerError(
      'NOT_FOUND',
      tool,
      `${tool} was not found (looked for "${command}")`,
      { cause: error }
    )
  }

  return new ScannerError(
    'SPAWN_FAILED',
    tool,
    `${tool} could not be started: ${error.message}`,
    { cause: error }
  )
}

const SECRET_NAME = /(PASSWORD|PASSWD|TOKEN|SECRET|_KEY)$/i

// The values of environment variables whose names say they are secret.
function secretValues(env: RunOptions['env']): string[] {
  return Object.entries(env ?? {})
    .filter(([name, value]) => SECRET_NAME.test(name) && value.length >= 4)
    .map(([, value]) => value)
}

/**
 * Blanks `secrets` and the user:password part of URLs out of a tool's
 * output, so error messages built from it can be shown anywhere.
 */
export function redactOutput(text: string, secrets: readonly string[]): string {
  let out = text.replace(
    /(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@"',]+:[^/\s@"',]+@/gi,
    '$1***@'
  )
  for (const secret of secrets) {
    if (secret.length > 0) out = out.split(secret).join('***')
  }

  return out
}

const FATAL_PATTERN = /\b(FATAL|fatal|Error|error|panic)\b/

/**
 * The line of a tool's output that best says what went wrong: the last line
 * naming an error or fatal condition, else the last non-empty line.
 */
export function meaningfulLine(text: string): string | undefined {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
  const fatal = lines.filter((l) => FATAL_PATTERN.test(l)).at(-1)
  const line = fatal ?? lines.at(-1)

  return line && line.length > 500 ? `${line.slice(0, 500)}…` : line
}

/** Collects a stream's text, keeping its head and tail when it is too big. */
class BoundedText {
  private readonly head: Buffer[] = []
  private tail: Buffer[] = []
  private headBytes = 0
  private tailBytes = 0
  private dropped = 0

  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    if (this.headBytes < this.limit / 2) {
      this.head.push(chunk)
      this.headBytes += chunk.length

      return
    }

    this.tail.push(chunk)
    this.tailBytes += chunk.length
    while (this.tailBytes > this.limit / 2 && this.tail.length > 1) {
      const first = this.tail.shift() as Buffer
      this.tailBytes -= first.length
      this.dropped += first.length
    }
  }

  text(): string {
    const gap = this.dropped ? `\n… ${this.dropped} bytes left out …\n` : ''

    return (
      Buffer.concat(this.head).toString('utf8') +
      gap +
      Buffer.concat(this.tail).toString('utf8')
    )
  }
}
