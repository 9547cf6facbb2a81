import type {
  SecurityPatternFacts,
  SecurityPatternOccurrence,
  SecurityPatternRuleSummary,
} from '../../../src/shared/domain/facts/security-pattern-facts'

/** Hand-made security-pattern facts, as the analyzer writes them, for the view-model and export tests. */
export const PATTERN_RULES: SecurityPatternRuleSummary[] = [
  {
    id: 'eval',
    title: 'Code built from a string and run',
    target: 'code',
    cwe: 'CWE-95',
    owasp: 'A03:2021',
    severity: 'high',
  },
  {
    id: 'shell-command-from-template',
    title: 'Shell command built from a template',
    target: 'code',
    cwe: 'CWE-78',
    owasp: 'A03:2021',
    severity: 'critical',
  },
  {
    id: 'tls-verification-disabled',
    title: 'TLS certificate checks turned off',
    target: 'code',
    cwe: 'CWE-295',
    owasp: 'A02:2021',
    severity: 'high',
  },
  {
    id: 'container-runs-as-root',
    title: 'Container runs as root',
    target: 'dockerfile',
    cwe: 'CWE-250',
    owasp: 'A05:2021',
    severity: 'medium',
  },
]

export function patternOccurrence(
  overrides: Partial<SecurityPatternOccurrence> = {},
): SecurityPatternOccurrence {
  return {
    ruleId: 'security-patterns/eval',
    path: 'src/rules/engine.ts',
    line: 42,
    column: 10,
    snippet: 'eval(expression built at run time)',
    severity: 'high',
    loweredBecause: null,
    ...overrides,
  }
}

export function securityPatternFacts(overrides: Partial<SecurityPatternFacts> = {}): SecurityPatternFacts {
  const occurrences = overrides.occurrences ?? [
    patternOccurrence(),
    patternOccurrence({
      ruleId: 'security-patterns/shell-command-from-template',
      path: 'src/jobs/backup.ts',
      line: 7,
      snippet: 'exec(template with ${…})',
      severity: 'critical',
    }),
    patternOccurrence({
      ruleId: 'security-patterns/tls-verification-disabled',
      path: 'test/helpers/client.ts',
      line: 3,
      snippet: 'rejectUnauthorized: false',
      severity: 'low',
      loweredBecause: 'it is in a test path',
    }),
    patternOccurrence({
      ruleId: 'security-patterns/container-runs-as-root',
      path: 'Dockerfile',
      line: null,
      column: null,
      snippet: 'no USER instruction',
      severity: 'medium',
    }),
  ]
  return {
    rules: PATTERN_RULES,
    filesChecked: { code: 85, dockerfile: 1, 'ci-workflow': 2 },
    occurrences,
    countsByCwe: { 'CWE-95': 1, 'CWE-78': 1, 'CWE-295': 1, 'CWE-250': 1 },
    countsByOwasp: { 'A03:2021': 2, 'A02:2021': 1, 'A05:2021': 1 },
    countsBySeverity: { critical: 1, high: 1, medium: 1, low: 1, info: 0 },
    truncatedBecause: null,
    ...overrides,
  }
}

/** The fixes the engine writes as each finding's remediation, one finding per rule. */
export const PATTERN_FIXES: Record<string, string> = {
  'security-patterns/eval': 'Parse the data instead of running it; never pass built strings to eval.',
  'security-patterns/shell-command-from-template':
    'Use execFile with an argument array, never a shell string.',
  'security-patterns/tls-verification-disabled':
    'Keep certificate checks on; trust a private CA with the ca option.',
  'security-patterns/container-runs-as-root': 'Add a USER instruction naming an unprivileged user.',
}
