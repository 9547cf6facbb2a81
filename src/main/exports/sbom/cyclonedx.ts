/**
 * The part of CycloneDX 1.6 (JSON) that the SBOM export writes. Field names are the format's own,
 * hyphens included; every value is a string, number, boolean or array of those, so JSON.stringify
 * alone makes the file safe.
 */
export const CYCLONEDX_SPEC_VERSION = '1.6'
export const CYCLONEDX_SCHEMA_URL = 'http://cyclonedx.org/schema/bom-1.6.schema.json'

/** The schema caps version strings: a hostile lockfile must not make the whole BOM invalid. */
const VERSION_MAX = 1_024
export const clipVersion = (version: string): string => version.slice(0, VERSION_MAX)

export interface CdxProperty {
  name: string
  value: string
}

export type CdxLicenseChoice =
  | { license: { id: string; acknowledgement: 'declared' } | { name: string; acknowledgement: 'declared' } }[]
  | [{ expression: string; acknowledgement: 'declared' }]

export interface CdxComponent {
  type: 'application' | 'library'
  'bom-ref'?: string
  group?: string
  name: string
  version?: string
  scope?: 'required' | 'optional'
  licenses?: CdxLicenseChoice
  purl?: string
  properties?: CdxProperty[]
}

export interface CdxDependency {
  ref: string
  dependsOn: string[]
}

export interface CdxComposition {
  aggregate: 'incomplete_first_party_only' | 'unknown'
  assemblies?: string[]
  dependencies?: string[]
}

export interface CdxVulnerabilitySource {
  name: string
  url: string
}

export interface CdxVulnerability {
  id: string
  source: CdxVulnerabilitySource
  references?: { id: string; source: CdxVulnerabilitySource }[]
  ratings: { source: CdxVulnerabilitySource; severity: 'critical' | 'high' | 'medium' | 'low' | 'unknown' }[]
  description?: string
  recommendation: string
  affects: { ref: string; versions?: { version: string; status: 'affected' }[] }[]
  properties?: CdxProperty[]
}

export interface CycloneDxBom {
  $schema: typeof CYCLONEDX_SCHEMA_URL
  bomFormat: 'CycloneDX'
  specVersion: typeof CYCLONEDX_SPEC_VERSION
  serialNumber: string
  version: 1
  metadata: {
    timestamp: string
    tools: { components: CdxComponent[] }
    component: CdxComponent
    properties: CdxProperty[]
  }
  components: CdxComponent[]
  dependencies?: CdxDependency[]
  compositions: CdxComposition[]
  vulnerabilities?: CdxVulnerability[]
}
