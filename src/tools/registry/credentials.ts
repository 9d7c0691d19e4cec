import type { Logger } from '../../logging.js'

/** A registry login, read from the environment only. */
export interface RegistryCredentials {
  readonly username: string
  readonly password: string
}

/** Environment variables holding registry credentials; one place for the names. */
export const REGISTRY_ENV = {
  username: 'REGISTRY_USERNAME',
  password: 'REGISTRY_PASSWORD',
  /** The registry they are for; unset means every registry scanned. */
  host: 'REGISTRY_HOST'
} as const

/**
 * The credentials for `registry` from the environment, masked in the
 * logger, or undefined when none apply. With REGISTRY_HOST set they are
 * given to that registry only, so a base image's registry never sees them.
 */
export function credentialsFor(
  registry: string,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env
): RegistryCredentials | undefined {
  const username = env[REGISTRY_ENV.username]
  const password = env[REGISTRY_ENV.password]
  const host = env[REGISTRY_ENV.host]
  if (!username || !password) return undefined
  if (host && host !== registry) return undefined

  logger.mask(password)
  const basic = basicAuth({ username, password })
  logger.mask(basic.slice('Basic '.length))

  return { username, password }
}

/** The `Authorization` value for HTTP basic authentication. */
export function basicAuth(c: RegistryCredentials): string {
  return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`
}
