/**
 * The parts of Trivy's JSON report (`--format json`, schema 2, and the
 * older shapes) that we read. Field names are Trivy's own.
 */

/** A CVSS entry of one vendor. */
export interface TrivyCvss {
  readonly V2Score?: number
  readonly V3Score?: number
  readonly V40Score?: number
  readonly V3Vector?: string
}

/** One detected vulnerability in one package. */
export interface TrivyVulnerability {
  readonly VulnerabilityID: string
  readonly PkgID?: string
  readonly PkgName?: string
  readonly PkgPath?: string
  readonly PkgIdentifier?: { readonly PURL?: string }
  readonly InstalledVersion?: string
  readonly FixedVersion?: string
  readonly Status?: string
  readonly SeveritySource?: string
  /** The advisory database the finding came from. */
  readonly DataSource?: {
    readonly ID?: string
    readonly Name?: string
    readonly URL?: string
  } | null
  readonly PrimaryURL?: string
  readonly Title?: string
  readonly Description?: string
  readonly Severity?: string
  readonly CweIDs?: readonly string[] | null
  readonly CVSS?: Readonly<Record<string, TrivyCvss>> | null
  readonly References?: readonly string[] | null
}

/** One failed (or passed) configuration check. */
export interface TrivyMisconfiguration {
  readonly Type?: string
  readonly ID?: string
  readonly AVDID?: string
  readonly Title?: string
  readonly Description?: string
  readonly Message?: string
  readonly Resolution?: string
  readonly Severity?: string
  readonly PrimaryURL?: string
  readonly References?: readonly string[] | null
  readonly Status?: string
  readonly CauseMetadata?: {
    readonly Resource?: string
    readonly StartLine?: number
    readonly EndLine?: number
  }
}

/** One secret. `Match` and `Code` hold its text: never read them. */
export interface TrivySecret {
  readonly RuleID: string
  readonly Category?: string
  readonly Severity?: string
  readonly Title?: string
  readonly StartLine?: number
  readonly EndLine?: number
}

/** One license of a package or a file. */
export interface TrivyLicense {
  readonly Severity?: string
  readonly Category?: string
  readonly PkgName?: string
  readonly FilePath?: string
  readonly Name: string
  readonly Confidence?: number
  readonly Link?: string
}

/** A package as listed with `--list-all-pkgs` (or by newer Trivy). */
export interface TrivyPackage {
  readonly ID?: string
  readonly Name?: string
  readonly Locations?: readonly { StartLine?: number; EndLine?: number }[]
}

/** A finding that VEX or an ignore file turned off (`--show-suppressed`). */
export interface TrivyModifiedFinding {
  readonly Type?: string
  readonly Status?: string
  readonly Statement?: string
  readonly Source?: string
  readonly Finding?: unknown
}

/** One target (a lockfile, an OS, a config file) and what was found in it. */
export interface TrivyResult {
  readonly Target?: string
  readonly Class?: string
  readonly Type?: string
  readonly Packages?: readonly TrivyPackage[] | null
  readonly Vulnerabilities?: readonly TrivyVulnerability[] | null
  readonly Misconfigurations?: readonly TrivyMisconfiguration[] | null
  readonly Secrets?: readonly TrivySecret[] | null
  readonly Licenses?: readonly TrivyLicense[] | null
  readonly ExperimentalModifiedFindings?: readonly TrivyModifiedFinding[] | null
}

/** What was scanned, as the report's header says. */
export interface TrivyArtifact {
  /** `ArtifactName`: an image reference, archive path or folder. */
  readonly name?: string
  /** `ArtifactType`: `container_image`, `filesystem`, `repository`... */
  readonly type?: string
  /** The digest in `Metadata.RepoDigests`, when the image has one. */
  readonly digest?: string
}
