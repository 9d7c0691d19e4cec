import * as core from '@actions/core'

import { type Logger, redact } from '../../logging.js'

/** Logs through the Actions toolkit: groups fold, secrets are masked. */
export class ActionsLogger implements Logger {
  debug(message: string): void {
    core.debug(message)
  }

  info(message: string): void {
    core.info(message)
  }

  warning(message: string): void {
    core.warning(message)
  }

  error(message: string): void {
    core.error(message)
  }

  group<T>(name: string, work: () => Promise<T>): Promise<T> {
    return core.group(name, work)
  }

  // The runner masks these in the log itself; the set is kept for text
  // that reaches the job summary or the SARIF log instead.
  private readonly secrets = new Set<string>()

  mask(secret: string): void {
    if (secret.length === 0) return

    this.secrets.add(secret)
    core.setSecret(secret)
  }

  redact(text: string): string {
    return redact(text, this.secrets)
  }
}
