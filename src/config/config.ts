import type { Severity } from '../findings/index.js'
import type { ScannerName } from '../scanners/outcome.js'

/** An image to scan and verify, and the Dockerfile that builds it. */
export interface ImageSpec {
  /** A registry reference (`ghcr.io/acme/api:1.2`) or an archive path. */
  readonly ref: string
  /** True when `ref` is an image archive (docker save / OCI layout). */
  readonly archive: boolean
  /** Repository-relative path of the Dockerfile that builds it. */
  readonly dockerfile?: string
}

/** Trivy's settings. */
export interface TrivyConfig {
  readonly skipDirs: readonly string[]
  readonly configFile?: string
  readonly timeoutSeconds: number
  /** Existing Trivy JSON reports to read instead of running Trivy. */
  readonly reports: readonly string[]
  /** A Trivy server URL for client/server mode. */
  readonly server?: string
  readonly dbRepository?: string
  readonly cacheDir?: string
  /** Leave Trivy's own Dockerfile checks out (our policy covers them). */
  readonly skipDockerfileChecks: boolean
}

/** How one policy rule is configured in the config file. */
export interface RuleSetting {
  readonly enabled?: boolean
  readonly severity?: Severity
}

/** The policy engine's settings from the config file. */
export interface PolicyConfig {
  readonly rules: Readonly<Record<string, RuleSetting>>
  /** Registries (`ghcr.io`, `docker.io/library`) base images may come from. */
  readonly trustedRegistries: readonly string[]
  /** Base images allowed in FROM lines (glob patterns). */
  readonly allowedBaseImages: readonly string[]
  /** Labels every final stage must set. */
  readonly requiredLabels: readonly string[]
  /** Turn on rules that are off by default (`strict` adds D3 digest pinning). */
  readonly level: 'default' | 'strict'
}

/** How images' signatures are verified with cosign. */
export interface CosignConfig {
  /** A public key: a file path, `env://VAR`, or a KMS URI. */
  readonly key?: string
  readonly certificateIdentity?: string
  readonly certificateIdentityRegexp?: string
  readonly certificateOidcIssuer?: string
  readonly certificateOidcIssuerRegexp?: string
  /** Predicate types to check with `cosign verify-attestation`. */
  readonly attestationTypes: readonly string[]
  /** Also verify the base images named in FROM lines. */
  readonly verifyBaseImages: boolean
  readonly rekorUrl?: string
  readonly timeoutSeconds: number
}

/** Where Trivy and cosign come from. */
export interface ToolsConfig {
  readonly trivyVersion: string
  readonly cosignVersion: string
  /** Base URL of release downloads, for mirrors and GitHub Enterprise. */
  readonly downloadBaseUrl: string
  /** Folder the CLI caches downloaded tools in. */
  readonly cacheDir?: string
}

/** Everything one run needs, validated, whichever face it came from. */
export interface Config {
  /** Absolute path of the folder to scan. */
  readonly path: string
  /**
   * The repository root `path` belongs to (where `.git` is), which report
   * locations are relative to; `path` itself when unknown.
   */
  readonly sourceRoot?: string
  readonly images: readonly ImageSpec[]
  /** Globs for Dockerfiles; empty means discover them. */
  readonly dockerfiles: readonly string[]
  /** Globs for Compose files; empty means discover them. */
  readonly composeFiles: readonly string[]
  readonly scanners: readonly ScannerName[]
  /** Fail the gate on unsuppressed findings at or above this. */
  readonly severityThreshold: Severity
  /** Report findings at or above this; lower ones are dropped. */
  readonly minSeverity: Severity
  readonly ignoreUnfixed: boolean
  readonly trivy: TrivyConfig
  readonly policy: PolicyConfig
  readonly cosign: CosignConfig
  readonly tools: ToolsConfig
  /** Where to write the SARIF log (absolute). */
  readonly sarifFile: string
  /** A failed scanner fails the gate (default true). */
  readonly failOnScannerError: boolean
  /** Repository-relative path of the exceptions file, if any. */
  readonly exceptionsFile?: string
  /** An earlier SARIF log to compare against. */
  readonly baseline?: string
  /** With a baseline: gate on `all` findings or only `new` ones. */
  readonly failOn: 'all' | 'new'
  /** Credentials for private registries; passed to tools by environment. */
  readonly registryAuth?: {
    readonly username: string
    readonly password: string
  }
  /** Resolve image tags to digests once, before any scanner runs (default true). */
  readonly resolveDigests?: boolean
  /** How many images to scan at once. */
  readonly concurrency: number
}
