import type { ImageSpec } from '../config/config.js'

/** An image to scan, with where its findings should point. */
export interface PlannedImage extends ImageSpec {
  /** 1-based line of the FROM of the final stage of its Dockerfile. */
  readonly fromLine?: number
  /** The digest the tag resolved to, once; scanned and verified alike. */
  readonly digest?: string
}

/** What one run will scan, decided before any scanner starts. */
export interface Plan {
  /** Absolute path of the repository root. */
  readonly root: string
  /** Repository-relative Dockerfile paths. */
  readonly dockerfiles: readonly string[]
  /** Repository-relative Compose file paths. */
  readonly composeFiles: readonly string[]
  /** Repository-relative shell scripts and CI files with `docker run` lines. */
  readonly scripts: readonly string[]
  readonly images: readonly PlannedImage[]
}
