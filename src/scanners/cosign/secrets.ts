import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Logger } from '../../logging.js'

/** Environment variables the cosign scanner reads; one place for the names. */
export const COSIGN_ENV = {
  /** Password of an encrypted key; cosign reads it itself. */
  keyPassword: 'COSIGN_PASSWORD',
  /** Registry credentials, written into a private Docker config for cosign. */
  registryUsername: 'REGISTRY_USERNAME',
  registryPassword: 'REGISTRY_PASSWORD',
  /** The registry the credentials are for (default: the scanned images'). */
  registryHost: 'REGISTRY_HOST',
  dockerConfig: 'DOCKER_CONFIG'
} as const

/** What the cosign runs get in their environment, and how to clean up. */
export interface CosignEnvironment {
  readonly env: Readonly<Record<string, string>>
  dispose(): Promise<void>
}

/**
 * Masks every secret cosign may see, and turns REGISTRY_USERNAME and
 * REGISTRY_PASSWORD into a Docker config in a private temporary folder, so
 * the password reaches cosign through a file named by DOCKER_CONFIG and never
 * through its arguments. Credentials go only to `registries`.
 */
export async function prepareCosignEnv(
  registries: readonly string[],
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env
): Promise<CosignEnvironment> {
  const password = env[COSIGN_ENV.registryPassword]
  const username = env[COSIGN_ENV.registryUsername]
  for (const secret of [env[COSIGN_ENV.keyPassword], password]) {
    if (secret) logger.mask(secret)
  }
  if (!password || !username) return { env: {}, dispose: async () => {} }

  const auth = Buffer.from(`${username}:${password}`).toString('base64')
  logger.mask(auth)
  const hosts = env[COSIGN_ENV.registryHost]
    ? [env[COSIGN_ENV.registryHost] as string]
    : [...new Set(registries)]
  const config = await existingConfig(env)
  const auths = { ...(config.auths as object | undefined) } as Record<
    string,
    unknown
  >
  for (const host of hosts) auths[dockerConfigKey(host)] = { auth }

  const dir = await mkdtemp(path.join(os.tmpdir(), 'csg-cosign-'))
  await writeFile(
    path.join(dir, 'config.json'),
    JSON.stringify({ ...config, auths }),
    { mode: 0o600 }
  )
  logger.debug(`cosign: registry credentials given for ${hosts.join(', ')}`)

  return {
    env: { [COSIGN_ENV.dockerConfig]: dir },
    dispose: () => rm(dir, { recursive: true, force: true })
  }
}

// Keeps the user's own credential helpers and other registries' logins.
async function existingConfig(
  env: NodeJS.ProcessEnv
): Promise<Record<string, unknown>> {
  const dir = env[COSIGN_ENV.dockerConfig] ?? path.join(os.homedir(), '.docker')
  try {
    const parsed: unknown = JSON.parse(
      await readFile(path.join(dir, 'config.json'), 'utf8')
    )

    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}

// Docker Hub's credentials live under its legacy index URL.
function dockerConfigKey(host: string): string {
  return host === 'docker.io' ? 'https://index.docker.io/v1/' : host
}
