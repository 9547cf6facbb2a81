import Ajv, { type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * The official CycloneDX 1.6 JSON schema, as the CycloneDX library ships it, compiled offline. The BOM
 * schema refers to its SPDX and JSF siblings by relative name, which resolves against its $id's base
 * to …/spdx.SNAPSHOT.schema.json; the siblings' own $ids drop the "SNAPSHOT", so they are added under
 * the key the reference resolves to. Anything else is refused rather than fetched.
 */
export const SCHEMA_FILE = 'bom-1.6.SNAPSHOT.schema.json'
const require = createRequire(import.meta.url)
const SCHEMA_DIR = join(
  dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')),
  'res',
  'schema',
)
const BASE = 'http://cyclonedx.org/schema/'

export const readSchema = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as Record<string, unknown>

let compiled: ValidateFunction | undefined

function validator(): ValidateFunction {
  if (compiled !== undefined) return compiled
  const bom = readSchema(SCHEMA_FILE)
  if (bom['$schema'] !== 'http://json-schema.org/draft-07/schema#') {
    throw new Error(`Expected a draft-07 schema, got ${String(bom['$schema'])}`)
  }
  const ajv = new Ajv({
    allErrors: true,
    // The schema's own style (required without properties, untyped oneOf branches) is not an error.
    strictRequired: false,
    strictTypes: false,
    loadSchema: (uri) => Promise.reject(new Error(`Remote schemas are disabled: ${uri}`)),
  })
  addFormats(ajv)
  // ajv-formats has no IRI or IDN formats; CycloneDX's own validator accepts any string there too.
  ajv.addFormat('iri-reference', true)
  ajv.addFormat('idn-email', true)
  ajv.addKeyword('meta:enum')
  ajv.addSchema(readSchema('spdx.SNAPSHOT.schema.json'), `${BASE}spdx.SNAPSHOT.schema.json`)
  ajv.addSchema(readSchema('jsf-0.82.SNAPSHOT.schema.json'), `${BASE}jsf-0.82.SNAPSHOT.schema.json`)
  compiled = ajv.compile(bom)
  return compiled
}

/** The schema's complaints about a BOM: none means valid. */
export function schemaErrors(bom: unknown): string[] {
  const validate = validator()
  if (validate(bom)) return []
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`,
  )
}
