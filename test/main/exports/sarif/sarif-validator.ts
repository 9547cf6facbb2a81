import Ajv, { type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const SCHEMA_PATH = join(import.meta.dirname, '../../../fixtures/sarif/sarif-schema-2.1.0.json')
const DRAFT_04 = 'http://json-schema.org/draft-04/schema#'

/** The official OASIS SARIF 2.1.0 schema (Errata 01), as saved in the fixtures. */
export const readSarifSchema = (): Record<string, unknown> =>
  JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>

/**
 * The errata schema declares draft-04, which ajv 8 does not load. Of the keywords that changed meaning
 * after draft-04 it uses only the root `id` (now `$id`); it has no boolean `exclusiveMinimum` or
 * `exclusiveMaximum`, the other difference. So it is read as draft-07 with `id` renamed, and
 * `draft04OnlyKeywords` proves the premise on the file itself.
 */
export function draft04OnlyKeywords(schema: unknown): string[] {
  const found: string[] = []
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) node.forEach((child, index) => walk(child, `${path}/${index}`))
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean')
          found.push(`${path}/${key}`)
        // `properties` maps property names, which may well be called "id".
        if (key !== 'properties') walk(value, `${path}/${key}`)
        else if (value !== null && typeof value === 'object')
          for (const [name, child] of Object.entries(value)) walk(child, `${path}/properties/${name}`)
      }
    }
  }
  walk(schema, '')
  return found
}

let compiled: ValidateFunction | undefined

function validator(): ValidateFunction {
  if (compiled !== undefined) return compiled
  const { $schema, id, ...rest } = readSarifSchema()
  if ($schema !== DRAFT_04) throw new Error(`Expected the draft-04 errata schema, got ${String($schema)}`)
  const ajv = new Ajv({
    allErrors: true,
    // The schema's own style (defaults beside $ref, untyped enums) is not an error here.
    strict: false,
    loadSchema: (uri) => Promise.reject(new Error(`Remote schemas are disabled: ${uri}`)),
  })
  addFormats(ajv)
  compiled = ajv.compile({ ...rest, $schema: 'http://json-schema.org/draft-07/schema#', $id: String(id) })
  return compiled
}

/** The schema's complaints about a SARIF log: none means valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  const validate = validator()
  if (validate(log)) return []
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`,
  )
}
