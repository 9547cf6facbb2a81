// Prints one closing line for the whole test run from vitest's JSON reports, and fails when a
// suite is missing or nothing ran: a green run that executed no test must not look like a pass.
import { readFileSync } from 'node:fs'

const REPORTS = { unit: 'test-results/vitest-unit.json', e2e: 'test-results/vitest-e2e.json' }

let passed = 0
let failed = 0
let skipped = 0
for (const [suite, path] of Object.entries(REPORTS)) {
  let report
  try {
    report = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    console.error(`test-summary: no ${suite} report at ${path}`)
    process.exit(1)
  }
  const suiteSkipped = report.numPendingTests + report.numTodoTests
  console.log(
    `${suite}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${suiteSkipped} skipped`,
  )
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += suiteSkipped
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
if (failed > 0 || passed === 0) process.exit(1)
