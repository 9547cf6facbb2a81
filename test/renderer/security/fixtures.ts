import type { SecretOccurrence, SecretsFacts } from '../../../src/shared/domain/facts/secrets-facts'

/** Hand-made secrets facts, as the engine writes them, for the view-model tests. */
export function occurrence(overrides: Partial<SecretOccurrence> = {}): SecretOccurrence {
  return {
    path: 'src/config.ts',
    line: 3,
    ruleId: 'secrets/aws-access-key-id',
    severity: 'critical',
    redacted: 'AKIA…#0123456789abcdef',
    loweredBecause: null,
    ...overrides,
  }
}

export function secretsFacts(overrides: Partial<SecretsFacts> = {}): SecretsFacts {
  const occurrences = overrides.occurrences ?? [
    occurrence(),
    occurrence({ path: '.env', line: null, ruleId: 'secrets/env-file', severity: 'high', redacted: null }),
    occurrence({
      path: 'test/fixtures/keys.ts',
      line: 9,
      severity: 'low',
      loweredBecause: 'it is in a test path',
    }),
  ]
  return {
    rules: 40,
    filesScanned: 120,
    filesRegexScanned: 14,
    skipped: [{ path: 'assets/logo.png', reason: 'binary file' }],
    occurrences,
    countsByRule: {},
    countsBySeverity: { critical: 1, high: 1, medium: 0, low: 1, info: 0 },
    ...overrides,
  }
}
