/**
 * The contract between the policy scanner and the engines that check one
 * kind of file each (Dockerfiles here; Compose files and shell scripts in
 * their own folders). Engines are listed in `checkers.ts`.
 */
import type { PolicyConfig } from '../../config/config.js'
import type { Finding } from '../../findings/index.js'
import type { PolicyRuleMeta } from './rule.js'

/** A file an engine could not read or parse; the others are still checked. */
export interface FileCheckError {
  /** Repository-relative path. */
  readonly path: string
  /** What went wrong, naming the file. */
  readonly message: string
}

/** Everything an engine found in the files it was given. */
export interface FileCheckResult {
  findings: Finding[]
  errors: FileCheckError[]
}

/** Checks one kind of file against the policy. */
export interface FileChecker {
  /** Which plan list it reads: `dockerfiles`, `composeFiles` or `scripts`. */
  readonly kind: 'dockerfile' | 'compose' | 'script'
  /** Every rule it can report, for SARIF rule metadata and docs. */
  readonly rules: readonly PolicyRuleMeta[]
  /**
   * Checks `files` (repository-relative, under `root`). Never throws for a
   * bad file: it becomes an entry of `errors`.
   */
  check(
    files: readonly string[],
    root: string,
    policy: PolicyConfig
  ): Promise<FileCheckResult>
}
