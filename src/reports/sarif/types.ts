/**
 * The part of SARIF 2.1.0 this writer produces, typed. Field names are
 * SARIF's own; see the OASIS specification for their meaning.
 */

/** How serious a result or notification is, in SARIF terms. */
export type SarifLevel = 'error' | 'warning' | 'note' | 'none'

/** Plain text, with optional Markdown, for people. */
export interface SarifMessage {
  readonly text: string
  readonly markdown?: string
}

/** A 1-based span of lines and columns in a file. */
export interface SarifRegion {
  readonly startLine: number
  readonly startColumn?: number
  readonly endLine?: number
  readonly endColumn?: number
}

/** Where a result is: a file and region, and optionally an image. */
export interface SarifLocation {
  readonly physicalLocation: {
    readonly artifactLocation: {
      readonly uri: string
      readonly uriBaseId: string
    }
    readonly region: SarifRegion
  }
  readonly logicalLocations?: readonly {
    readonly name: string
    readonly fullyQualifiedName: string
    readonly kind: string
  }[]
  readonly message?: SarifMessage
}

/** Why a result does not count: the accepted risk. */
export interface SarifSuppression {
  readonly kind: 'inSource' | 'external'
  readonly status: 'accepted'
  readonly justification: string
}

/** One finding, pointing at its rule by index. */
export interface SarifResult {
  readonly ruleId: string
  readonly ruleIndex: number
  readonly level: SarifLevel
  readonly message: SarifMessage
  readonly locations: readonly SarifLocation[]
  readonly partialFingerprints: Readonly<Record<string, string>>
  readonly suppressions?: readonly SarifSuppression[]
  readonly baselineState?: 'new' | 'unchanged' | 'absent'
  readonly properties?: Readonly<Record<string, unknown>>
}

/** What a rule checks, written once per run (`reportingDescriptor`). */
export interface SarifRule {
  readonly id: string
  /** Left out when it would equal the id, which the Multitool rejects. */
  readonly name?: string
  readonly shortDescription: SarifMessage
  readonly fullDescription: SarifMessage
  readonly help: SarifMessage
  readonly helpUri?: string
  readonly defaultConfiguration: { readonly level: SarifLevel }
  readonly properties: Readonly<Record<string, unknown>>
}

/** A tool: the gate as driver, Trivy or cosign as extensions. */
export interface SarifToolComponent {
  readonly name: string
  readonly version?: string
  readonly semanticVersion?: string
  readonly informationUri?: string
  readonly rules?: readonly SarifRule[]
}

/** Something a tool says about its run rather than about code. */
export interface SarifNotification {
  readonly level: SarifLevel
  readonly message: SarifMessage
  readonly descriptor?: { readonly id: string }
}

/** Whether the tools of a run did their work, and what they said. */
export interface SarifInvocation {
  readonly executionSuccessful: boolean
  readonly toolExecutionNotifications?: readonly SarifNotification[]
  readonly startTimeUtc?: string
  readonly endTimeUtc?: string
}

/** The results of one tool and target group, with its own category. */
export interface SarifRun {
  readonly tool: {
    readonly driver: SarifToolComponent
    readonly extensions?: readonly SarifToolComponent[]
  }
  readonly automationDetails: { readonly id: string }
  readonly originalUriBaseIds: Readonly<
    Record<string, { readonly uri: string }>
  >
  readonly invocations: readonly SarifInvocation[]
  readonly results: readonly SarifResult[]
  readonly columnKind: 'utf16CodeUnits'
  readonly properties?: Readonly<Record<string, unknown>>
}

/** The whole file: one or more runs. */
export interface SarifLog {
  readonly $schema: string
  readonly version: '2.1.0'
  readonly runs: readonly SarifRun[]
}
