import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest-unit.json' },
    restoreMocks: true,
    // Many tests run real git and the engine's parse worker (which loads TypeScript): seconds each on
    // two busy cores. These are ceilings against hangs, not speed targets (the bench measures speed).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
