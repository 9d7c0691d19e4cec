import { DEFAULT_VERSIONS } from '../tools/install/checksums.js'

/**
 * Every input of the Action, which is also a CLI flag of the same name and
 * a key of the config file. This table is the one place their names,
 * descriptions and defaults live: action.yml, `--help` and the README table
 * are checked against it.
 */
export interface InputSpec {
  readonly name: string
  readonly description: string
  /** How the value is read; lists accept newlines or commas, or repeats. */
  readonly type: 'string' | 'list' | 'boolean' | 'number' | 'choice'
  /** The default, as text, when the input is not given anywhere. */
  readonly default?: string
  readonly choices?: readonly string[]
  /** A secret: never logged, masked in the Action, read from env for the CLI. */
  readonly secret?: boolean
  /** Not an Action input (e.g. a local cache folder). */
  readonly cliOnly?: boolean
  /** Not a key of the config file (it would point at itself, or a secret). */
  readonly notInConfigFile?: boolean
}

const SEVERITY_CHOICES = ['critical', 'high', 'medium', 'low', 'unknown']

/** All inputs, in the order `--help` and the README list them. */
export const INPUTS: readonly InputSpec[] = [
  {
    name: 'path',
    description: 'The repository folder to scan.',
    type: 'string',
    default: '.',
    notInConfigFile: true
  },
  {
    name: 'config-file',
    description:
      'A YAML config file, relative to path; read when present. Any input can be set there, plus the policy section.',
    type: 'string',
    default: '.container-security-gate.yaml',
    notInConfigFile: true
  },
  {
    name: 'images',
    description:
      'Images to scan and verify, one per line or comma-separated: REF, or REF=DOCKERFILE to pair it with the Dockerfile that builds it. A path ending in .tar (or archive:PATH) is an image archive.',
    type: 'list'
  },
  {
    name: 'dockerfiles',
    description:
      'Globs of Dockerfiles to check, relative to path. Empty: find Dockerfile, *.Dockerfile, Dockerfile.* and Containerfile everywhere except .git, node_modules and vendored folders.',
    type: 'list'
  },
  {
    name: 'compose-files',
    description:
      'Globs of Compose files to check, relative to path. Empty: find compose.yaml, docker-compose.yml and their variants.',
    type: 'list'
  },
  {
    name: 'scanners',
    description:
      'Which scanners run: any of trivy-fs, trivy-image, cosign, policy.',
    type: 'list',
    default: 'trivy-fs,trivy-image,cosign,policy'
  },
  {
    name: 'severity-threshold',
    description:
      'Fail when an unsuppressed finding is at or above this severity.',
    type: 'choice',
    choices: SEVERITY_CHOICES,
    default: 'high'
  },
  {
    name: 'min-severity',
    description:
      'Report findings at or above this severity; lower ones are left out of every report.',
    type: 'choice',
    choices: SEVERITY_CHOICES,
    default: 'unknown'
  },
  {
    name: 'ignore-unfixed',
    description: 'Leave out vulnerabilities that have no fixed version yet.',
    type: 'boolean',
    default: 'false'
  },
  {
    name: 'fail-on-scanner-error',
    description:
      'Fail when a scanner could not run. Turn off only to let a broken scan pass with a warning.',
    type: 'boolean',
    default: 'true'
  },
  {
    name: 'fail-on',
    description:
      'With baseline-sarif: fail on all findings, or only on findings new since the baseline.',
    type: 'choice',
    choices: ['all', 'new'],
    default: 'all'
  },
  {
    name: 'baseline-sarif',
    description:
      'An earlier SARIF log of this tool; findings are marked new, unchanged or absent against it.',
    type: 'string'
  },
  {
    name: 'exceptions-file',
    description:
      'The exceptions file (rule or CVE, optional path, image or package, reason, expiry), relative to path.',
    type: 'string',
    default: '.container-security-gate/exceptions.yaml'
  },
  {
    name: 'sarif-file',
    description: 'Where to write the SARIF log.',
    type: 'string',
    default: 'container-security-gate.sarif'
  },
  {
    name: 'policy-level',
    description:
      'default, or strict to add the rules that are off by default (such as digest pinning of base images).',
    type: 'choice',
    choices: ['default', 'strict'],
    default: 'default'
  },
  {
    name: 'concurrency',
    description: 'How many images are scanned at once.',
    type: 'number',
    default: '2'
  },
  {
    name: 'trivy-skip-dirs',
    description:
      'Folders Trivy leaves out of the repository scan (.git and node_modules always are).',
    type: 'list'
  },
  {
    name: 'trivy-config',
    description: "Trivy's own config file (trivy.yaml), relative to path.",
    type: 'string'
  },
  {
    name: 'trivy-timeout',
    description:
      'How long one Trivy run may take, in seconds or with a unit (90s, 10m).',
    type: 'string',
    default: '10m'
  },
  {
    name: 'trivy-reports',
    description:
      'Existing Trivy JSON reports to read instead of running Trivy on the repository.',
    type: 'list'
  },
  {
    name: 'trivy-server',
    description:
      "A Trivy server URL: scan in client/server mode and share the server's database.",
    type: 'string'
  },
  {
    name: 'trivy-db-repository',
    description:
      'An OCI repository to download the vulnerability database from (a mirror).',
    type: 'string'
  },
  {
    name: 'trivy-cache-dir',
    description:
      "Trivy's cache folder; keep it between runs to download the database once.",
    type: 'string'
  },
  {
    name: 'trivy-dockerfile-checks',
    description:
      "Also run Trivy's own Dockerfile checks (off: the policy scanner covers them, so nothing is reported twice).",
    type: 'boolean',
    default: 'false'
  },
  {
    name: 'cosign-key',
    description:
      'Public key to verify image signatures with: a file, env://VAR or a KMS URI.',
    type: 'string'
  },
  {
    name: 'cosign-certificate-identity',
    description: 'Keyless: the exact signer identity required.',
    type: 'string'
  },
  {
    name: 'cosign-certificate-identity-regexp',
    description:
      'Keyless: a regular expression the signer identity must match.',
    type: 'string'
  },
  {
    name: 'cosign-certificate-oidc-issuer',
    description: 'Keyless: the exact OIDC issuer required.',
    type: 'string'
  },
  {
    name: 'cosign-certificate-oidc-issuer-regexp',
    description: 'Keyless: a regular expression the OIDC issuer must match.',
    type: 'string'
  },
  {
    name: 'cosign-attestation-types',
    description:
      'Attestation predicate types to verify as well (slsaprovenance, spdxjson, cyclonedx, a URI...).',
    type: 'list'
  },
  {
    name: 'cosign-verify-base-images',
    description:
      'Also verify the base images named in FROM lines with the same key or identity.',
    type: 'boolean',
    default: 'false'
  },
  {
    name: 'cosign-rekor-url',
    description: 'The transparency log to check entries against.',
    type: 'string'
  },
  {
    name: 'cosign-timeout',
    description: 'How long one cosign run may take (seconds or 90s, 5m).',
    type: 'string',
    default: '3m'
  },
  {
    name: 'resolve-digests',
    description:
      'Resolve each image tag to its digest once, so Trivy scans and cosign verifies the same bytes.',
    type: 'boolean',
    default: 'true'
  },
  {
    name: 'trivy-version',
    description:
      'Trivy version to install when it is not on PATH at this version.',
    type: 'string',
    default: DEFAULT_VERSIONS.trivy
  },
  {
    name: 'cosign-version',
    description:
      'cosign version to install when it is not on PATH at this version.',
    type: 'string',
    default: DEFAULT_VERSIONS.cosign
  },
  {
    name: 'download-base-url',
    description:
      'Where tool releases are downloaded from: a mirror or GitHub Enterprise URL.',
    type: 'string',
    default: 'https://github.com'
  },
  {
    name: 'tool-cache-dir',
    description:
      'CLI: the folder downloaded tools are cached in (the Action uses the runner tool cache).',
    type: 'string',
    cliOnly: true
  },
  {
    name: 'registry-username',
    description:
      'User name for private registries (also read from REGISTRY_USERNAME).',
    type: 'string',
    notInConfigFile: true
  },
  {
    name: 'registry-password',
    description:
      'Password or token for private registries; for the CLI only from REGISTRY_PASSWORD, never a flag. Set REGISTRY_HOST to hand them to that registry only.',
    type: 'string',
    secret: true,
    notInConfigFile: true
  }
]

/** Environment variables the gate reads; named once here. */
export const ENV = {
  registryUsername: 'REGISTRY_USERNAME',
  registryPassword: 'REGISTRY_PASSWORD',
  noColor: 'NO_COLOR'
} as const

/** Step outputs of the Action. */
export const OUTPUTS = {
  sarifFile: 'sarif-file',
  verdict: 'verdict',
  exitCode: 'exit-code',
  findings: 'findings',
  blocking: 'blocking',
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  low: 'low',
  unknown: 'unknown',
  failedScanners: 'failed-scanners'
} as const

/** The spec of `name`; throws for a name not in the table (a bug). */
export function inputSpec(name: string): InputSpec {
  const spec = INPUTS.find((i) => i.name === name)
  if (!spec) throw new Error(`No input named ${name}`)

  return spec
}
