import type { DetectedTechnology, TestCodeFacts } from '../../../shared/domain/facts/architecture-facts'

/** Folders that hold tests, test helpers or test fixtures, in any ecosystem. */
const TEST_FOLDERS = new Set([
  '__tests__',
  '__test__',
  '__mocks__',
  '__fixtures__',
  'test',
  'tests',
  'spec',
  'specs',
  'e2e',
  'cypress',
  'playwright',
])

/** File names of tests: `x.test.ts`, `x.spec.js`, `x.e2e-spec.ts`, `x.cy.ts`, `test_x.py`, `x_test.go`, `XTest.java`. */
const TEST_FILE_NAMES = [
  /\.(?:test|spec|e2e-spec|e2e|cy)\.[a-z0-9]+$/i,
  /^test_.+\.py$/,
  /^conftest\.py$/,
  /_test\.(?:py|go|rb|exs?|dart)$/,
  /_spec\.rb$/,
  /(?:Test|Tests|IT|Spec)\.(?:java|kt|scala|groovy|cs)$/,
]

/** Whether a repository path is test code rather than production code, by the common conventions. */
export function isTestPath(path: string): boolean {
  const segments = path.split('/')
  const name = segments.pop() ?? ''
  return (
    segments.some((segment) => TEST_FOLDERS.has(segment.toLowerCase())) ||
    TEST_FILE_NAMES.some((pattern) => pattern.test(name))
  )
}

/** Test code against production code, in files and lines, with the test frameworks detected. */
export function testCodeFacts(
  modules: readonly { lines: number }[],
  isTest: readonly boolean[],
  technologies: readonly DetectedTechnology[],
): TestCodeFacts {
  const facts: TestCodeFacts = {
    testFiles: 0,
    testLines: 0,
    productionFiles: 0,
    productionLines: 0,
    ratio: null,
    frameworks: technologies
      .filter((technology) => technology.category === 'test-framework')
      .map((technology) => technology.name),
  }
  modules.forEach((module, index) => {
    if (isTest[index]) {
      facts.testFiles += 1
      facts.testLines += module.lines
    } else {
      facts.productionFiles += 1
      facts.productionLines += module.lines
    }
  })
  if (facts.productionLines > 0)
    facts.ratio = Math.round((facts.testLines / facts.productionLines) * 1000) / 1000
  return facts
}
