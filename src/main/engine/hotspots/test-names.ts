import { isTestPath } from '../architecture/test-files'

/** Test-name decorations: `foo.test.ts`, `foo.spec.tsx`, `foo_test.go`, `test_foo.py`, `FooTest.java`. */
const TEST_DECORATION = /(^test_|[._-](test|spec)s?$|(?<=[a-z0-9])(Test|Tests|Spec)$)/

/** A file name without its folders, its extensions and any test decoration, lower-cased. */
export function testStem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.indexOf('.', 1)
  const base = dot === -1 ? name : name.slice(0, dot)
  return base.replace(TEST_DECORATION, '').toLowerCase()
}

/**
 * Whether a file has a test file of the same name somewhere in the repository. A name match is a
 * heuristic (coverage needs running the tests, which an audit never does), documented as such.
 */
export function createTestedCheck(paths: readonly string[]): (path: string) => boolean {
  const testedStems = new Set(paths.filter(isTestPath).map(testStem))
  return (path) => !isTestPath(path) && testedStems.has(testStem(path))
}
