/**
 * The part of SARIF 2.1.0 this writer produces, typed. Field names are
 * SARIF's own; see the OASIS specification for their meaning.
 */

export type SarifLevel = 'error' | 'warning' | 'note' | 'none'

export interface SarifMessage {
  readonly text: string
  readonly markdown?: string
}

export interface SarifRegion {
  readonly startLine: number
  readonly startColumn?: number
  readonly endLine?: number
  readonly endColumn?: number
}

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

export interface SarifSuppression {
  readonly kind: 'inSource' | 'external'
  readonly status: 'accepted'
  readonly justification: string
}

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

export interface SarifRule {
  readonly id: string
  readonly name: string
  readonly shortDescription: SarifMessage
  readonly fullDescription: SarifMessage
  readonly help: SarifMessage
  readonly helpUri?: string
  readonly defaultConfiguration: { readonly level: SarifLevel }
  readonly properties: Readonly<Record<string, unknown>>
}

export interface SarifToolComponent {
  readonly name: string
  readonly version?: string
  readonly semanticVersion?: string
  readonly informationUri?: string
  readonly rules?: readonly SarifRule[]
}

export interface SarifNotification {
  readonly level: SarifLevel
  readonly message: SarifMessage
  readonly descriptor?: { readonly id: string }
}

export interface SarifInvocation {
  readonly executionSuccessful: boolean
  readonly toolExecutionNotifications?: readonly SarifNotification[]
  readonly startTimeUtc?: string
  readonly endTimeUtc?: string
}

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

export interface SarifLog {
  readonly $schema: string
  readonly version: '2.1.0'
  readonly runs: readonly SarifRun[]
}
