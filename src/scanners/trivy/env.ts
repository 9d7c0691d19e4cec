import type { Config } from '../../config/config.js'
import type { Logger } from '../../logging.js'
import {
  credentialsFor,
  REGISTRY_ENV
} from '../../tools/registry/credentials.js'
import { parseImageRef } from '../../tools/registry/ref.js'
import { registryEnv } from '../../tools/registry-env.js'

/**
 * The variables through which `trivy image` gets registry credentials for
 * the image `ref`. Trivy reads `TRIVY_USERNAME` and `TRIVY_PASSWORD` as its
 * `--username`/`--password` flags, which we never use, so the password
 * stays out of argv and out of the logged command line.
 *
 * Trivy offers them to every registry it contacts, so they are set only
 * when the image's registry is REGISTRY_HOST (or any registry when it is
 * unset), the rule the digest resolver and cosign follow. The credentials
 * come from `config.registryAuth` laid over `env`; the password is masked.
 */
export function trivyImageEnv(
  config: Config,
  ref: string,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env
): Record<string, string> {
  const registry = registryOf(ref)
  // A reference we cannot read names no registry we could vouch for.
  if (registry === undefined) return {}

  const merged = registryEnv(config, env)
  const credentials = credentialsFor(registry, logger, merged)
  if (!credentials) {
    const host = merged[REGISTRY_ENV.host]
    if (host)
      logger.debug(
        `trivy: no registry credentials for ${registry}, they are for ${host} (${REGISTRY_ENV.host})`
      )

    return {}
  }

  return {
    TRIVY_USERNAME: credentials.username,
    TRIVY_PASSWORD: credentials.password
  }
}

function registryOf(ref: string): string | undefined {
  try {
    return parseImageRef(ref).registry
  } catch {
    return undefined
  }
}
