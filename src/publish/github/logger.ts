import * as core from '@actions/core'

import type { Logger } from '../../logging.js'

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

  mask(secret: string): void {
    if (secret.length > 0) core.setSecret(secret)
  }
}
