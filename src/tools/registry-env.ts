import type { Config } from '../config/config.js'
import { REGISTRY_ENV } from './registry/credentials.js'

/**
 * The environment registry clients read credentials from: this process's,
 * with the credentials of the config (an Action input, or the CLI's
 * environment) laid over it. Nothing here goes into argv.
 */
export function registryEnv(
  config: Config,
  base: NodeJS.ProcessEnv = process.env
): NodeJS.ProcessEnv {
  if (!config.registryAuth) return base

  return {
    ...base,
    [REGISTRY_ENV.username]: config.registryAuth.username,
    [REGISTRY_ENV.password]: config.registryAuth.password
  }
}
