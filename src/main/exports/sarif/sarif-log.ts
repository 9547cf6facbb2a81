/**
 * The part of SARIF 2.1.0 (JSON) that the findings export writes. Field names are the format's own;
 * every value is a string, number, boolean or array of those, so JSON.stringify alone makes the file safe.
 */
export const SARIF_VERSION = '2.1.0'
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'
/** The base every artifact URI is relative to: the root of the audited repository. */
export const SOURCE_ROOT = 'SRCROOT'

export type SarifLevel = 'error' | 'warning' | 'note' | 'none'
export type SarifPropertyBag = Record<string, string | number | boolean | string[]>

export interface SarifMessage {
  text: string
}

export interface SarifReportingDescriptor {
  id: string
  name: string
  shortDescription: SarifMessage
  fullDescription: SarifMessage
  help: SarifMessage
  helpUri?: string
  defaultConfiguration: { level: SarifLevel }
  properties: SarifPropertyBag & { tags: string[] }
}

export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: typeof SOURCE_ROOT }
    region?: { startLine: number; startColumn?: number }
  }
}

export interface SarifSuppression {
  kind: 'external'
  status: 'accepted'
  justification: string
}

export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: SarifMessage
  locations: SarifLocation[]
  partialFingerprints: Record<string, string>
  properties: SarifPropertyBag
  suppressions?: SarifSuppression[]
}

export interface SarifRun {
  tool: {
    driver: { name: string; semanticVersion: string; rules: SarifReportingDescriptor[] }
  }
  automationDetails: { id: string; description: SarifMessage }
  originalUriBaseIds: Record<typeof SOURCE_ROOT, { description: SarifMessage }>
  versionControlProvenance?: { repositoryUri: string; revisionId?: string; branch?: string }[]
  results: SarifResult[]
  properties: SarifPropertyBag
}

export interface SarifLog {
  $schema: typeof SARIF_SCHEMA_URI
  version: typeof SARIF_VERSION
  runs: SarifRun[]
}
