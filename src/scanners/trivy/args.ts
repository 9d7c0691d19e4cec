import type { Config } from '../../config/config.js'
import type { Plan, PlannedImage } from '../../plan/plan.js'
import { repositoryOf } from './scope.js'

// Every misconfiguration scanner Trivy 0.50+ knows except `dockerfile`:
// our policy engine checks Dockerfiles, and two verdicts on one line would
// only confuse. Newer scanners (ansible) are left to `skipDockerfileChecks`
// being off, since older Trivy rejects names it does not know.
const MISCONFIG_WITHOUT_DOCKERFILE = [
  'azure-arm',
  'cloudformation',
  'helm',
  'kubernetes',
  'terraform',
  'terraformplan-json',
  'terraformplan-snapshot'
].join(',')

// Folders no repository scan should walk: history and installed packages
// (their lockfile is scanned instead).
const ALWAYS_SKIPPED = ['**/.git', '**/node_modules']

/**
 * The arguments of `trivy fs` for the repository: JSON to `outputFile`,
 * vulnerabilities, secrets and misconfigurations, every severity (ours to
 * filter), exit code 0 whatever is found. Values the user chose are passed
 * as `--flag=value` and the path after `--`, so none can pose as a flag.
 */
export function trivyFsArgs(
  config: Config,
  plan: Plan,
  outputFile: string
): string[] {
  const skipDirs = [...ALWAYS_SKIPPED, ...config.trivy.skipDirs]

  return [
    'fs',
    ...commonArgs(config, outputFile),
    '--scanners=vuln,secret,misconfig',
    ...(config.trivy.skipDockerfileChecks
      ? [`--misconfig-scanners=${MISCONFIG_WITHOUT_DOCKERFILE}`]
      : []),
    ...skipDirs.map((dir) => `--skip-dirs=${dir}`),
    '--',
    plan.root
  ]
}

/**
 * The arguments of `trivy image` for one image: a registry reference
 * (pinned to its digest when the plan resolved one) or, for an archive,
 * `--input`. Registry credentials travel in the environment, never here.
 */
export function trivyImageArgs(
  config: Config,
  image: PlannedImage,
  outputFile: string
): string[] {
  const subject = image.archive
    ? [`--input=${image.ref}`]
    : ['--', pinnedRef(image)]

  return [
    'image',
    ...commonArgs(config, outputFile),
    '--scanners=vuln,secret',
    ...subject
  ]
}

/** `repo@sha256:...` when the digest is known, else the ref as given. */
export function pinnedRef(image: PlannedImage): string {
  if (!image.digest || image.ref.includes('@')) return image.ref

  return `${repositoryOf(image.ref)}@${image.digest}`
}

function commonArgs(config: Config, outputFile: string): string[] {
  const { trivy } = config
  const optional: [string, string | undefined][] = [
    ['--config', trivy.configFile],
    ['--server', trivy.server],
    ['--db-repository', trivy.dbRepository],
    ['--cache-dir', trivy.cacheDir]
  ]

  return [
    '--format=json',
    `--output=${outputFile}`,
    '--exit-code=0',
    '--no-progress',
    `--timeout=${trivy.timeoutSeconds}s`,
    ...optional
      .filter((pair): pair is [string, string] => Boolean(pair[1]))
      .map(([flag, value]) => `${flag}=${value}`)
  ]
}
