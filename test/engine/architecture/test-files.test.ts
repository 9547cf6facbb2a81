import { describe, expect, it } from 'vitest'
import { isTestPath } from '../../../src/main/engine/architecture/test-files'

describe('isTestPath', () => {
  it.each([
    'src/__tests__/a.ts',
    'src/components/__mocks__/api.ts',
    'src/a.test.ts',
    'src/a.spec.tsx',
    'src/a.test.mjs',
    'apps/api/src/app.e2e-spec.ts',
    'src/Button.cy.tsx',
    'test/helpers.ts',
    'tests/unit/a.js',
    'packages/ui/test/render.ts',
    'e2e/login.ts',
    'cypress/support/commands.js',
    'spec/models/user_spec.rb',
    'app/models/user_test.rb',
    'tests/test_api.py',
    'api/test_models.py',
    'api/models_test.py',
    'conftest.py',
    'pkg/server/server_test.go',
    'src/test/java/com/acme/UserServiceTest.java',
    'src/main/java/com/acme/UserServiceIT.java',
    'Tests/Acme.Tests/UserTests.cs',
  ])('%s is a test', (path) => {
    expect(isTestPath(path)).toBe(true)
  })

  it.each([
    'src/index.ts',
    'src/testing-utils.ts',
    'src/latest.ts',
    'src/contest/entry.ts',
    'src/attestation.ts',
    'lib/spectrum.js',
    'src/Latest.java',
    'protest.py',
    'testimonials/page.tsx',
  ])('%s is production code', (path) => {
    expect(isTestPath(path)).toBe(false)
  })
})
