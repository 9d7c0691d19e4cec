import type { Config } from '../../config/config.js'

/**
 * The variables through which Trivy gets registry credentials: it reads
 * `TRIVY_USERNAME` and `TRIVY_PASSWORD` as its `--username`/`--password`
 * flags, which we never use, so the password stays out of argv (visible
 * to every process on the machine) and out of the logged command line.
 */
export function trivyEnv(config: Config): Record<string, string> {
  if (!config.registryAuth) return {}

  return {
    TRIVY_USERNAME: config.registryAuth.username,
    TRIVY_PASSWORD: config.registryAuth.password
  }
}
