import { describe, expect, it } from 'vitest'
import { globMatches, inWorkspaces } from '../../../src/main/engine/dependencies/workspace-globs'

describe('workspace globs', () => {
  it.each([
    ['packages/*', 'packages/api', true],
    ['packages/*', 'packages/api/nested', false],
    ['packages/*', 'packages', false],
    ['./packages/*/', 'packages/api', true],
    ['packages/**', 'packages/api/nested', true],
    ['**', 'anything/at/all', true],
    ['apps/*-web', 'apps/admin-web', true],
    ['apps/*-web', 'apps/admin-api', false],
    ['apps/web?', 'apps/web2', true],
    ['{apps,services}/*', 'services/billing', true],
    ['{apps,services}/*', 'tools/billing', false],
    ['tools/cli', 'tools/cli', true],
    ['tools/cli/package.json', 'tools/cli', true],
  ])('%s names %s: %s', (glob, folder, expected) => {
    expect(globMatches(glob, folder)).toBe(expected)
  })

  it('takes out folders that a later negated glob names', () => {
    const globs = ['packages/**', '!**/test/**', '!packages/legacy']
    expect(inWorkspaces(globs, 'packages/api')).toBe(true)
    expect(inWorkspaces(globs, 'packages/api/test/fixture')).toBe(false)
    expect(inWorkspaces(globs, 'packages/legacy')).toBe(false)
    expect(inWorkspaces([], 'packages/api')).toBe(false)
  })

  it('stays fast on hostile patterns: no regular expression to backtrack', () => {
    const glob = `${'*a'.repeat(100)}*b`
    const folder = 'a'.repeat(4000)
    const started = performance.now()
    expect(globMatches(glob, folder)).toBe(false)
    expect(globMatches(`{${'a,'.repeat(10_000)}b}/*`, 'b/x')).toBe(false)
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})
