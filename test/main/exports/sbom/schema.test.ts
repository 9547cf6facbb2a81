import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { buildCycloneDxSbom, serialiseSbom } from '../../../../src/main/exports/sbom'
import { readSchema, schemaErrors } from './cyclonedx-validator'
import { dependencyFacts, OPTIONS, pkg, snapshotRepo } from './fixtures'

const validBom = (): Record<string, unknown> =>
  JSON.parse(serialiseSbom(buildCycloneDxSbom(snapshotRepo({ dependencies: dependencyFacts() }), OPTIONS)))

/** A deep copy of a valid BOM with one thing broken. */
function broken(edit: (bom: { components: Record<string, unknown>[] } & Record<string, unknown>) => void) {
  const bom = validBom() as { components: Record<string, unknown>[] } & Record<string, unknown>
  edit(bom)
  return bom
}

describe('the CycloneDX schema validator', () => {
  it('accepts the unbroken BOM', () => {
    expect(schemaErrors(validBom())).toEqual([])
  })

  it('rejects a component without a name', () => {
    const bom = broken((b) => delete b.components[0]?.['name'])
    expect(schemaErrors(bom).join('\n')).toMatch(/\/components\/0 must have required property 'name'/)
  })

  it('rejects a licence id that is not on the SPDX list (the $ref to the SPDX schema resolves)', () => {
    const bom = broken((b) => {
      b.components[0] = { ...b.components[0], licenses: [{ license: { id: 'Apache 2.0' } }] }
    })
    expect(schemaErrors(bom)).not.toEqual([])
  })

  it('rejects a malformed serial number, a non-date timestamp, an unknown scope and an overlong version', () => {
    const patchComponent = (patch: Record<string, unknown>) =>
      broken((b) => (b.components[0] = { ...b.components[0], ...patch }))
    expect(schemaErrors(broken((b) => (b['serialNumber'] = 'urn:uuid:not-a-uuid')))).not.toEqual([])
    expect(
      schemaErrors(broken((b) => (b['metadata'] = { ...(b['metadata'] as object), timestamp: 'yesterday' }))),
    ).not.toEqual([])
    expect(schemaErrors(patchComponent({ scope: 'dev' }))).not.toEqual([])
    expect(schemaErrors(patchComponent({ version: 'x'.repeat(1_025) }))).not.toEqual([])
  })

  it('knows every SPDX id the licence parser accepts, so a lone id is always valid as license.id', () => {
    // spdx-expression-parse accepts the ids of its spdx-license-ids; the schema lists its own snapshot.
    const parserRequire = createRequire(createRequire(import.meta.url).resolve('spdx-expression-parse'))
    const parserIds = [
      ...(parserRequire('spdx-license-ids') as string[]),
      ...(parserRequire('spdx-license-ids/deprecated.json') as string[]),
    ]
    const schemaIds = new Set(readSchema('spdx.SNAPSHOT.schema.json')['enum'] as string[])
    expect(parserIds.filter((id) => !schemaIds.has(id))).toEqual([])
  })
})

describe('hostile dependency facts', () => {
  // Longer than the schema allows a version to be.
  const LONG = `1.0.0-${'x'.repeat(2_000)}`
  const HOSTILE = '"}],"components":[{"type":"library","name":"injected"}]}\n\u2028</script>\ud800'

  it('stay data: every value is a string and the BOM still validates', () => {
    const facts = dependencyFacts({
      manifests: [],
      packages: [
        pkg({ name: HOSTILE, version: HOSTILE, license: HOSTILE, lockfile: HOSTILE, direct: true }),
        pkg({ name: '@evil/../../etc passwd', version: '1.0.0 || 2', license: 'MIT AND (ISC OR 0BSD)' }),
        pkg({ name: 'long', version: LONG }),
      ],
      vulnerabilities: [
        {
          ...dependencyFacts().vulnerabilities[0]!,
          id: HOSTILE,
          aliases: [HOSTILE],
          summary: HOSTILE,
          package: HOSTILE,
          version: HOSTILE,
          affected: [HOSTILE],
          fixedIn: [HOSTILE],
        },
        { ...dependencyFacts().vulnerabilities[0]!, package: 'long', version: LONG },
      ],
    })
    const repo = { ...snapshotRepo({ dependencies: facts }), name: HOSTILE, branch: HOSTILE }
    const text = serialiseSbom(buildCycloneDxSbom(repo, OPTIONS))
    const bom = JSON.parse(text) as { components: Record<string, unknown>[] }
    expect(schemaErrors(bom)).toEqual([])
    expect(bom.components).toHaveLength(3)
    expect(bom.components[2]?.['version']).toHaveLength(1_024)
    expect(bom.components[0]?.['name']).toBe(HOSTILE)
    expect(bom.components[0]?.['purl']).toMatch(/^pkg:npm\/[A-Za-z0-9.\-_~:%]+@[A-Za-z0-9.\-_~:%]+$/)
    expect(bom.components[1]).toMatchObject({
      group: '@evil',
      name: '../../etc passwd',
      purl: 'pkg:npm/%40evil/..%2F..%2Fetc%20passwd@1.0.0%20%7C%7C%202',
      licenses: [{ expression: 'MIT AND (ISC OR 0BSD)', acknowledgement: 'declared' }],
    })
  })

  it('of the wrong types are dropped or defaulted, never copied as objects', () => {
    const facts = {
      manifests: [{ path: 'package.json', name: { evil: true }, version: 7, license: ['MIT'] }],
      packages: [
        { name: 'ok', version: '1.0.0', license: { type: 'MIT' }, dev: 'yes', licenceClass: 'free' },
        { name: 42, version: '1.0.0' },
        'not a package',
      ],
      project: { license: { spdx: 'MIT' } },
      vulnerabilityDatabase: 'yes',
      vulnerabilities: [
        { id: 'X-1', package: 'ok', version: '1.0.0', aliases: [1, 'A-1'], severity: 'apocalyptic' },
      ],
    }
    const bom = buildCycloneDxSbom(snapshotRepo({ dependencies: facts }), OPTIONS)
    expect(schemaErrors(bom)).toEqual([])
    expect(bom.metadata.component).not.toHaveProperty('version')
    expect(bom.metadata.component).not.toHaveProperty('licenses')
    expect(bom.components).toHaveLength(1)
    expect(bom.components[0]).toMatchObject({ name: 'ok', scope: 'required' })
    expect(bom.components[0]).not.toHaveProperty('licenses')
    expect(bom.vulnerabilities?.[0]).toMatchObject({
      id: 'X-1',
      ratings: [{ severity: 'unknown' }],
      references: [{ id: 'A-1' }],
    })
  })
})
