/**
 * Where library code writes what it is doing. The Action logs through
 * `@actions/core`, the CLI to stderr, tests to a recording logger.
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  /** Runs `work` inside one collapsible group named `name`. */
  group<T>(name: string, work: () => Promise<T>): Promise<T>
  /** Hides `secret` from everything this logger writes from now on. */
  mask(secret: string): void
  /**
   * `text` with every masked value blanked out, for text that leaves by
   * another way than the log (a report quoting a tool's error).
   */
  redact(text: string): string
}

/** A line a recording logger kept. */
export interface LogLine {
  readonly level: 'debug' | 'info' | 'warning' | 'error' | 'group'
  readonly message: string
}

/** Replaces every masked value in `text` with `***`. */
export function redact(text: string, secrets: ReadonlySet<string>): string {
  let out = text
  for (const secret of secrets) out = out.split(secret).join('***')

  return out
}

/** Keeps every line in memory, masked, for tests to read. */
export class RecordingLogger implements Logger {
  readonly lines: LogLine[] = []
  private readonly secrets = new Set<string>()

  debug(message: string): void {
    this.push('debug', message)
  }

  info(message: string): void {
    this.push('info', message)
  }

  warning(message: string): void {
    this.push('warning', message)
  }

  error(message: string): void {
    this.push('error', message)
  }

  async group<T>(name: string, work: () => Promise<T>): Promise<T> {
    this.push('group', name)

    return work()
  }

  mask(secret: string): void {
    if (secret.length > 0) this.secrets.add(secret)
  }

  redact(text: string): string {
    return redact(text, this.secrets)
  }

  /** Every line as one text, for searching. */
  text(): string {
    return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n')
  }

  private push(level: LogLine['level'], message: string): void {
    this.lines.push({ level, message: redact(message, this.secrets) })
  }
}

/** Writes to a stream (stderr for the CLI), debug lines only when asked. */
export class StreamLogger implements Logger {
  private readonly secrets = new Set<string>()
  private depth = 0

  constructor(
    private readonly write: (text: string) => void,
    private readonly verbose: boolean | (() => boolean) = false
  ) {}

  debug(message: string): void {
    const on =
      typeof this.verbose === 'function' ? this.verbose() : this.verbose
    if (on) this.line('debug: ', message)
  }

  info(message: string): void {
    this.line('', message)
  }

  warning(message: string): void {
    this.line('warning: ', message)
  }

  error(message: string): void {
    this.line('error: ', message)
  }

  async group<T>(name: string, work: () => Promise<T>): Promise<T> {
    this.line('', `▸ ${name}`)
    this.depth++
    try {
      return await work()
    } finally {
      this.depth--
    }
  }

  mask(secret: string): void {
    if (secret.length > 0) this.secrets.add(secret)
  }

  redact(text: string): string {
    return redact(text, this.secrets)
  }

  private line(prefix: string, message: string): void {
    const indent = '  '.repeat(this.depth)
    const text = redact(message, this.secrets)
    const lines = text.split('\n').map((l) => `${indent}${prefix}${l}`)
    this.write(lines.join('\n') + '\n')
  }
}
