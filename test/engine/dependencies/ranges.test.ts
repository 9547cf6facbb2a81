import { describe, expect, it } from 'vitest'
import { constraintUnbounded, mavenUnbounded } from '../../../src/main/engine/dependencies/constraints'
import { npmSource, npmUnpinned } from '../../../src/main/engine/dependencies/npm-range'

describe('npmSource', () => {
  it.each([
    ['^4.18.2', 'registry'],
    ['latest', 'registry'],
    ['npm:string-width@^4.2.0', 'registry'],
    ['workspace:*', 'workspace'],
    ['workspace:^1.0.0', 'workspace'],
    ['file:../shared', 'file'],
    ['link:../shared', 'file'],
    ['portal:../shared', 'file'],
    ['../shared', 'file'],
    ['./vendor/pkg.tgz', 'file'],
    ['git+https://github.com/acme/lib.git#v1.2.0', 'git'],
    ['git+ssh://git@github.com/acme/lib.git', 'git'],
    ['git://github.com/acme/lib.git', 'git'],
    ['github:acme/lib#main', 'git'],
    ['gitlab:acme/lib', 'git'],
    ['acme/lib', 'git'],
    ['acme/lib#3f2a1b9', 'git'],
    ['https://github.com/acme/lib.git', 'git'],
    ['https://example.com/pkg-1.0.0.tgz', 'url'],
    ['http://example.com/pkg.tgz', 'url'],
  ])('%s comes from %s', (spec, source) => {
    expect(npmSource(spec)).toBe(source)
  })
})

describe('npmUnpinned', () => {
  it.each([
    ['*', true],
    ['', true],
    ['x', true],
    ['X', true],
    ['latest', true],
    ['next', true],
    ['>=1.2.0', true],
    ['>1', true],
    ['>=1.0.0 || ^2.0.0', true],
    ['npm:other@*', true],
    ['npm:other', true],
    ['^1.2.0', false],
    ['~1.2.0', false],
    ['1.2.3', false],
    ['1.x', false],
    ['>=1.0.0 <2.0.0', false],
    ['<=2', false],
    ['1.0.0 - 2.0.0', false],
    ['npm:other@^1.0.0', false],
    ['npm:^1.0.0', false],
  ])('%s: %s', (spec, unpinned) => {
    expect(npmUnpinned(spec)).toBe(unpinned)
  })
})

describe('constraintUnbounded (PEP 440, Poetry, Cargo, RubyGems)', () => {
  it.each([
    ['', true],
    ['*', true],
    ['>=2.0', true],
    ['>= 0.18', true],
    ['!=1.5', true],
    ['>=1.0 || ^2.0', true],
    ['==2.0.1', false],
    ['==1.26.*', false],
    ['~=5.3', false],
    ['>=2.0,<3', false],
    ['>=21.2 <22', false],
    ['^0.104.0', false],
    ['~> 7.1.2', false],
    ['>= 0.18, < 2.0', false],
    ['1.0', false],
    ['0.3', false],
  ])('%s: %s', (constraint, unbounded) => {
    expect(constraintUnbounded(constraint)).toBe(unbounded)
  })
})

describe('mavenUnbounded', () => {
  it.each([
    ['', false],
    ['1.2.3', false],
    ['[1.0,2.0)', false],
    ['(,1.0]', false],
    ['LATEST', true],
    ['RELEASE', true],
    ['[1.0,)', true],
    ['[1.0, )', true],
  ])('%s: %s', (version, unbounded) => {
    expect(mavenUnbounded(version)).toBe(unbounded)
  })
})
