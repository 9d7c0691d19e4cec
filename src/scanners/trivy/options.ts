/** The image a report is about, and where its findings should point. */
export interface TrivyImageOptions {
  /** The reference as the user gave it (`ghcr.io/acme/api:1.2`). */
  readonly ref: string
  /** The digest the reference resolved to (`sha256:...`), when known. */
  readonly digest?: string
  /** Repository-relative path of the Dockerfile that builds the image. */
  readonly dockerfile?: string
  /** 1-based line of the FROM of the Dockerfile's final stage. */
  readonly fromLine?: number
}

/** How a Trivy report is turned into findings. */
export interface TrivyParseOptions {
  /** Drop vulnerabilities with no fix, as `trivy --ignore-unfixed` would. */
  readonly ignoreUnfixed?: boolean
  /** Set for image scans; absent for repository (fs) scans. */
  readonly image?: TrivyImageOptions
  /**
   * Images the plan knows, for reports read from files: an image report
   * whose ArtifactName is one of these points at that image's Dockerfile.
   */
  readonly knownImages?: readonly TrivyImageOptions[]
}
