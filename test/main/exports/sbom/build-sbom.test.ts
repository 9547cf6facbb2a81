import { describe, expect, it } from 'vitest'
import { buildCycloneDxSbom, serialiseSbom } from '../../../../src/main/exports/sbom'
import { ROOT_REF } from '../../../../src/main/exports/sbom/build-sbom'
import type { CdxComponent, CycloneDxBom } from '../../../../src/main/exports/sbom/cyclonedx'
import { schemaErrors } from './cyclonedx-validator'
import { dependencyFacts, OPTIONS, pkg, snapshotRepo } from './fixtures'

const build = (facts: Record<string, unknown> | null = { dependencies: dependencyFacts() }): CycloneDxBom =>
  buildCycloneDxSbom(snapshotRepo(facts), OPTIONS)

function componentNamed(bom: CycloneDxBom, name: string, group?: string): CdxComponent {
  const found = bom.components.find((component) => component.name === name && component.group === group)
  if (found === undefined) throw new Error(`no component ${group ?? ''}/${name}`)
  return found
}

const property = (component: CdxComponent, name: string): string | undefined =>
  component.properties?.find((entry) => entry.name === name)?.value

describe('buildCycloneDxSbom', () => {
  it('builds a BOM the official CycloneDX 1.6 schema accepts', () => {
    const bom = build()
    expect(schemaErrors(bom)).toEqual([])
    // What a consumer reads back from the file must be just as valid.
    expect(schemaErrors(JSON.parse(serialiseSbom(bom)))).toEqual([])
  })

  it('describes the BOM and the repository in the metadata', () => {
    const bom = build()
    expect(bom).toMatchObject({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      serialNumber: OPTIONS.serialNumber,
      version: 1,
    })
    expect(bom.metadata.timestamp).toBe(OPTIONS.generatedAt)
    expect(bom.metadata.tools.components).toEqual([
      { type: 'application', name: 'Diligent', version: '0.1.0' },
    ])
    expect(bom.metadata.component).toEqual({
      type: 'application',
      'bom-ref': ROOT_REF,
      name: 'acme/shop',
      version: '2.3.0',
      licenses: [{ license: { id: 'Apache-2.0', acknowledgement: 'declared' } }],
    })
    expect(bom.metadata.properties).toEqual(
      expect.arrayContaining([
        { name: 'diligent:commitSha', value: '0123456789abcdef0123456789abcdef01234567' },
        { name: 'diligent:branch', value: 'main' },
        { name: 'diligent:dependencyAnalysis', value: 'analysed' },
      ]),
    )
  })

  it('gives a fresh urn:uuid serial number unless one is given', () => {
    const repo = snapshotRepo({ dependencies: dependencyFacts() })
    const first = buildCycloneDxSbom(repo, { generatedAt: OPTIONS.generatedAt, toolVersion: '1' })
    const second = buildCycloneDxSbom(repo, { generatedAt: OPTIONS.generatedAt, toolVersion: '1' })
    expect(first.serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    )
    expect(second.serialNumber).not.toBe(first.serialNumber)
    expect(schemaErrors(first)).toEqual([])
  })

  it('lists one library per resolved package, with purl and bom-ref', () => {
    const bom = build()
    expect(bom.components).toHaveLength(7)
    expect(bom.components.every((component) => component.type === 'library')).toBe(true)
    expect(bom.components.every((component) => component['bom-ref'] === component.purl)).toBe(true)
    expect(componentNamed(bom, 'express')).toMatchObject({
      version: '4.19.2',
      purl: 'pkg:npm/express@4.19.2',
      scope: 'required',
    })
  })

  it('splits an npm scope into the group and percent-encodes its @ in the purl', () => {
    const babel = componentNamed(build(), 'core', '@babel')
    expect(babel.purl).toBe('pkg:npm/%40babel/core@7.24.0')
    expect(babel['bom-ref']).toBe('pkg:npm/%40babel/core@7.24.0')
  })

  it('percent-encodes a + in the version', () => {
    expect(componentNamed(build(), 'gpl-thing').purl).toBe('pkg:npm/gpl-thing@1.0.0%2Bbuild.7')
  })

  it('scopes dev-only packages as optional and says why in properties', () => {
    const bom = build()
    const babel = componentNamed(bom, 'core', '@babel')
    expect(babel.scope).toBe('optional')
    expect(property(babel, 'diligent:dev')).toBe('true')
    expect(property(babel, 'diligent:direct')).toBe('true')
    expect(property(babel, 'cdx:npm:package:development')).toBe('true')
    const express = componentNamed(bom, 'express')
    expect(express.scope).toBe('required')
    expect(property(express, 'diligent:dev')).toBe('false')
    expect(property(express, 'cdx:npm:package:development')).toBeUndefined()
    expect(property(componentNamed(bom, 'vendor-sdk'), 'diligent:installScript')).toBe('true')
    expect(property(componentNamed(bom, 'rimraf'), 'diligent:direct')).toBe('false')
  })

  it('writes each licence in the form CycloneDX has for it', () => {
    const bom = build()
    expect(componentNamed(bom, 'express').licenses).toEqual([
      { license: { id: 'MIT', acknowledgement: 'declared' } },
    ])
    // An OR expression, normalised without its redundant brackets.
    expect(componentNamed(bom, 'rimraf').licenses).toEqual([
      { expression: 'MIT OR Apache-2.0', acknowledgement: 'declared' },
    ])
    expect(componentNamed(bom, 'gpl-thing').licenses).toEqual([
      { expression: 'GPL-2.0+', acknowledgement: 'declared' },
    ])
    expect(componentNamed(bom, 'vendor-sdk').licenses).toEqual([
      { license: { name: 'SEE LICENSE IN LICENSE.md', acknowledgement: 'declared' } },
    ])
    expect(componentNamed(bom, 'mystery')).not.toHaveProperty('licenses')
  })

  it('links the repository to its direct dependencies only', () => {
    const bom = build()
    expect(bom.dependencies).toEqual([
      {
        ref: ROOT_REF,
        dependsOn: ['pkg:npm/express@4.19.2', 'pkg:npm/%40babel/core@7.24.0', 'pkg:npm/vendor-sdk@5.1.0'],
      },
    ])
    expect(bom.compositions).toEqual([{ aggregate: 'incomplete_first_party_only', dependencies: [ROOT_REF] }])
  })

  it('reports the matched vulnerabilities against the affected component', () => {
    const bom = build()
    expect(bom.vulnerabilities).toEqual([
      {
        id: 'GHSA-35jh-r3h4-6jhm',
        source: { name: 'OSV', url: 'https://osv.dev/vulnerability/GHSA-35jh-r3h4-6jhm' },
        references: [
          {
            id: 'CVE-2021-23337',
            source: { name: 'NVD', url: 'https://nvd.nist.gov/vuln/detail/CVE-2021-23337' },
          },
        ],
        ratings: [
          {
            source: { name: 'OSV', url: 'https://osv.dev/vulnerability/GHSA-35jh-r3h4-6jhm' },
            severity: 'high',
          },
        ],
        description: 'Command Injection in lodash',
        recommendation: 'Upgrade lodash to a fixed version: 4.17.21.',
        affects: [{ ref: 'pkg:npm/lodash@4.17.20', versions: [{ version: '4.17.20', status: 'affected' }] }],
        properties: [{ name: 'diligent:affectedRange', value: '<4.17.21' }],
      },
    ])
    const refs = new Set(bom.components.map((component) => component['bom-ref']))
    for (const affect of bom.vulnerabilities?.flatMap((vulnerability) => vulnerability.affects) ?? []) {
      expect(refs.has(affect.ref)).toBe(true)
    }
  })

  it('groups one advisory matched at several versions into one vulnerability', () => {
    const base = dependencyFacts()
    const advisory = base.vulnerabilities[0]!
    const facts = dependencyFacts({
      packages: [...base.packages, pkg({ name: 'lodash', version: '4.17.15' })],
      vulnerabilities: [
        advisory,
        { ...advisory, version: '4.17.15', severity: 'critical', fixedIn: ['4.17.21', '5.0.0'], aliases: [] },
        {
          ...advisory,
          id: 'OSV-2020-111',
          aliases: ['GHSA-xxxx-yyyy-zzzz'],
          fixedIn: [],
          severity: 'unknown',
        },
      ],
    })
    const bom = build({ dependencies: facts })
    expect(schemaErrors(bom)).toEqual([])
    expect(bom.vulnerabilities).toHaveLength(2)
    const [grouped, other] = bom.vulnerabilities ?? []
    expect(grouped?.affects.map((affect) => affect.ref)).toEqual([
      'pkg:npm/lodash@4.17.20',
      'pkg:npm/lodash@4.17.15',
    ])
    expect(grouped?.ratings[0]?.severity).toBe('critical')
    expect(grouped?.recommendation).toBe('Upgrade lodash to a fixed version: 4.17.21, 5.0.0.')
    expect(other?.references).toEqual([
      {
        id: 'GHSA-xxxx-yyyy-zzzz',
        source: { name: 'GitHub Advisories', url: 'https://github.com/advisories/GHSA-xxxx-yyyy-zzzz' },
      },
    ])
    expect(other?.recommendation).toBe('No fixed version of lodash is known to the advisory.')
  })

  it('adds a component for an advisory whose package the lockfiles did not list, so its ref resolves', () => {
    const advisory = dependencyFacts().vulnerabilities[0]!
    const bom = build({
      dependencies: dependencyFacts({
        packages: [],
        vulnerabilities: [{ ...advisory, package: '@x/ghost' }],
      }),
    })
    expect(schemaErrors(bom)).toEqual([])
    expect(bom.components.map((component) => component['bom-ref'])).toEqual(['pkg:npm/%40x/ghost@4.17.20'])
    expect(bom.vulnerabilities?.[0]?.affects[0]?.ref).toBe('pkg:npm/%40x/ghost@4.17.20')
  })

  it('merges a package several lockfiles resolve, and keeps bom-refs unique when purls collide', () => {
    const facts = dependencyFacts({
      packages: [
        pkg({ name: 'shared', dev: true, lockfile: 'a/package-lock.json' }),
        pkg({ name: 'shared', direct: true, license: null, lockfile: 'b/pnpm-lock.yaml' }),
        // purl lowercases npm names, so these two old packages share one purl.
        pkg({ name: 'JSONStream' }),
        pkg({ name: 'jsonstream' }),
      ],
      vulnerabilities: [],
    })
    const bom = build({ dependencies: facts })
    expect(schemaErrors(bom)).toEqual([])
    const shared = componentNamed(bom, 'shared')
    expect(shared.scope).toBe('required')
    expect(shared.licenses).toEqual([{ license: { id: 'MIT', acknowledgement: 'declared' } }])
    expect(shared.properties?.filter((entry) => entry.name === 'diligent:lockfile')).toHaveLength(2)
    expect(bom.components.map((component) => component.purl)).toEqual([
      'pkg:npm/shared@1.0.0',
      'pkg:npm/jsonstream@1.0.0',
      'pkg:npm/jsonstream@1.0.0',
    ])
    const refs = bom.components.map((component) => component['bom-ref'])
    expect(new Set(refs).size).toBe(refs.length)
    expect(bom.vulnerabilities).toBeUndefined()
  })

  it('gives a valid, empty BOM for a repository without dependency facts', () => {
    for (const facts of [null, { inventory: {} }, { dependencies: 'garbage' }]) {
      const bom = build(facts)
      expect(schemaErrors(bom)).toEqual([])
      expect(bom.components).toEqual([])
      expect(bom.dependencies).toBeUndefined()
      expect(bom.vulnerabilities).toBeUndefined()
      expect(bom.compositions).toEqual([{ aggregate: 'unknown', assemblies: [ROOT_REF] }])
      expect(bom.metadata.component).toEqual({ type: 'application', 'bom-ref': ROOT_REF, name: 'acme/shop' })
      expect(
        bom.metadata.properties.find((entry) => entry.name === 'diligent:dependencyAnalysis')?.value,
      ).toMatch(/^not analysed/)
    }
  })

  it('says when no vulnerability database was imported', () => {
    const bom = build({ dependencies: dependencyFacts({ vulnerabilityDatabase: null, vulnerabilities: [] }) })
    expect(bom.metadata.properties).toContainEqual({
      name: 'diligent:vulnerabilityDatabase',
      value: 'none imported: the packages were not checked for known vulnerabilities',
    })
  })

  it('serialises with two-space indentation and a trailing newline', () => {
    const bom = build()
    const text = serialiseSbom(bom)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')[1]).toBe('  "$schema": "http://cyclonedx.org/schema/bom-1.6.schema.json",')
    expect(JSON.parse(text)).toEqual(bom)
  })
})
