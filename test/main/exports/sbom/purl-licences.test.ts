import { describe, expect, it } from 'vitest'
import { licenceChoice } from '../../../../src/main/exports/sbom/licences'
import { npmPurl, percentEncodePurlComponent, splitNpmName } from '../../../../src/main/exports/sbom/purl'

describe('npm purls', () => {
  it.each([
    ['left-pad', '1.3.0', 'pkg:npm/left-pad@1.3.0'],
    ['@angular/animation', '12.3.1', 'pkg:npm/%40angular/animation@12.3.1'],
    ['@Types/Node', '20.0.0', 'pkg:npm/%40types/node@20.0.0'],
    ['semver', '1.0.0+build.1', 'pkg:npm/semver@1.0.0%2Bbuild.1'],
    ['semver', '1.0.0-rc.1', 'pkg:npm/semver@1.0.0-rc.1'],
    ['no-version', '', 'pkg:npm/no-version'],
    ['@scope/deep/er', '1.0.0', 'pkg:npm/%40scope/deep%2Fer@1.0.0'],
    ['@/odd', '1.0.0', 'pkg:npm/%40%2Fodd@1.0.0'],
  ])('%s@%s is %s', (name, version, purl) => {
    expect(npmPurl(name, version)).toBe(purl)
  })

  it('percent-encodes everything outside alphanumerics, .-_~ and the colon, as UTF-8', () => {
    expect(percentEncodePurlComponent('a.b-c_d~e:f')).toBe('a.b-c_d~e:f')
    expect(percentEncodePurlComponent(" @/?#&=+%!*'()")).toBe('%20%40%2F%3F%23%26%3D%2B%25%21%2A%27%28%29')
    expect(percentEncodePurlComponent('é😀')).toBe('%C3%A9%F0%9F%98%80')
    // A lone surrogate cannot be UTF-8: it becomes U+FFFD instead of throwing like encodeURIComponent.
    expect(percentEncodePurlComponent('\ud800')).toBe('%EF%BF%BD')
  })

  it('splits only a real scope off the name', () => {
    expect(splitNpmName('@babel/core')).toEqual({ scope: '@babel', name: 'core' })
    expect(splitNpmName('babel')).toEqual({ scope: null, name: 'babel' })
    expect(splitNpmName('@babel')).toEqual({ scope: null, name: '@babel' })
  })
})

describe('licenceChoice', () => {
  const declared = { acknowledgement: 'declared' }
  it.each([
    ['MIT', [{ license: { id: 'MIT', ...declared } }]],
    ['(MIT)', [{ license: { id: 'MIT', ...declared } }]],
    ['GPL-2.0', [{ license: { id: 'GPL-2.0', ...declared } }]],
    ['MIT or Apache-2.0', [{ expression: 'MIT OR Apache-2.0', ...declared }]],
    ['(MIT AND ISC) OR Apache-2.0', [{ expression: '(MIT AND ISC) OR Apache-2.0', ...declared }]],
    ['MIT AND (ISC OR Apache-2.0)', [{ expression: 'MIT AND (ISC OR Apache-2.0)', ...declared }]],
    [
      'GPL-2.0-only WITH Classpath-exception-2.0',
      [{ expression: 'GPL-2.0-only WITH Classpath-exception-2.0', ...declared }],
    ],
    ['LicenseRef-Acme', [{ expression: 'LicenseRef-Acme', ...declared }]],
    ['Apache 2.0', [{ license: { name: 'Apache 2.0', ...declared } }]],
    ['mit', [{ license: { name: 'mit', ...declared } }]],
    ['UNLICENSED', [{ license: { name: 'UNLICENSED', ...declared } }]],
  ])('%s', (licence, choice) => {
    expect(licenceChoice(licence)).toEqual(choice)
  })

  it('claims nothing when there is no licence', () => {
    expect(licenceChoice(null)).toBeUndefined()
    expect(licenceChoice('  ')).toBeUndefined()
  })
})
