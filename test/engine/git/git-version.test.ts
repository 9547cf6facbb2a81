import { describe, expect, it } from 'vitest'
import { gitVersionWarning, parseGitVersion } from '../../../src/main/engine/git/git-version'

describe('parseGitVersion', () => {
  it.each([
    ['git version 2.39.5\n', [2, 39, 5]],
    ['git version 2.45.1.windows.1\n', [2, 45, 1]],
    ['git version 2.39.3 (Apple Git-146)\n', [2, 39, 3]],
    ['git version 2.50\n', [2, 50, 0]],
    ['not git', null],
  ])('parses %j', (output, expected) => {
    expect(parseGitVersion(output)).toEqual(expected)
  })
})

describe('gitVersionWarning', () => {
  it.each([
    [[2, 38, 9], 'floor'],
    [[2, 39, 3], 'floor'],
    [[2, 39, 4], 'recommended'],
    [[2, 39, 5], 'recommended'],
    [[2, 43, 6], 'recommended'],
    [[2, 43, 7], null],
    [[2, 45, 0], 'floor'],
    [[2, 45, 1], 'recommended'],
    [[2, 46, 0], 'recommended'],
    [[2, 47, 3], null],
    [[2, 50, 0], 'recommended'],
    [[2, 50, 1], null],
    [[2, 51, 0], null],
    [[3, 0, 0], null],
    [[1, 9, 0], 'floor'],
  ] as const)('%j → %s', (version, expected) => {
    const warning = gitVersionWarning(version)
    if (expected === null) expect(warning).toBeNull()
    else if (expected === 'floor')
      expect(warning).toMatch(/lacks the 2024 security fixes.*Upgrade git to 2\.45\.1/)
    else expect(warning).toMatch(/predates the July 2025 security fixes.*2\.50\.1 or newer is recommended/)
  })
})
