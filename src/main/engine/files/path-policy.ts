import type { Severity } from '../../../shared/domain/finding'

/** Folders whose files are tests, fixtures, examples or documentation, at any depth. */
const NON_PRODUCTION_FOLDERS: ReadonlySet<string> = new Set([
  'test',
  'tests',
  '__tests__',
  'spec',
  'specs',
  'testdata',
  'fixtures',
  '__fixtures__',
  'mocks',
  '__mocks__',
  'example',
  'examples',
  'sample',
  'samples',
  'docs',
  'doc',
])
const TEST_FILE = /(?:\.(?:test|spec)\.[a-z0-9]+|_test\.go|_spec\.rb)$/i
const EXAMPLE_FILE = /\.(?:example|sample|template|dist)$/i
const DOCUMENTATION_FILE = /\.(?:md|mdx|rst|adoc)$/i

/**
 * Two steps down, never below low: a fixture's key or a test's insecure call is less likely to matter,
 * but not silenced (security.md 3.3).
 */
const LOWERED: Record<Severity, Severity> = {
  critical: 'medium',
  high: 'low',
  medium: 'low',
  low: 'low',
  info: 'info',
}

/** Why a path's findings get a lower severity, or null for production code. */
export function nonProductionReason(path: string): string | null {
  const segments = path.split('/')
  const name = segments.pop() ?? ''
  const folder = segments.find((segment) => NON_PRODUCTION_FOLDERS.has(segment.toLowerCase()))
  if (folder !== undefined) return `it is under ${folder}/ (tests, fixtures, examples or docs)`
  if (TEST_FILE.test(name)) return 'it is in a test file'
  if (EXAMPLE_FILE.test(name)) return 'it is in an example or template file'
  if (DOCUMENTATION_FILE.test(name)) return 'it is in documentation'
  return null
}

export function severityFor(
  severity: Severity,
  path: string,
): { severity: Severity; loweredBecause: string | null } {
  const reason = nonProductionReason(path)
  return reason === null
    ? { severity, loweredBecause: null }
    : { severity: LOWERED[severity], loweredBecause: reason }
}
