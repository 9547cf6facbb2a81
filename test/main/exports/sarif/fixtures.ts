import type { Finding } from '../../../../src/shared/domain/finding'
import type {
  AuditSnapshot,
  SnapshotDebtItem,
  SnapshotFinding,
  SnapshotRepo,
} from '../../../../src/shared/report/audit-snapshot'
import { DEFAULT_COST_ASSUMPTIONS } from '../../../../src/shared/report/audit-snapshot'

export const SHA = '0123456789abcdef0123456789abcdef01234567'

export function repo(overrides: Partial<SnapshotRepo> = {}): SnapshotRepo {
  return {
    id: 'repo-1',
    name: 'acme/shop',
    source: 'https://github.com/acme/shop.git',
    commitSha: SHA,
    branch: 'main',
    analysedAt: '2026-11-30T10:00:00.000Z',
    metrics: [],
    facts: null,
    warnings: [],
    ...overrides,
  }
}

export function finding(overrides: Partial<Finding> & Pick<Finding, 'fingerprint' | 'ruleId'>): Finding {
  return {
    category: 'debt',
    severity: 'medium',
    title: 'A problem',
    explanation: 'Why it matters.',
    location: { path: 'src/app.ts', line: 10, column: 5 },
    evidence: null,
    effortMinutes: 30,
    remediation: 'How to fix it.',
    references: [],
    ...overrides,
  }
}

/** A snapshot with these findings in these repositories, each finding its own debt item. */
export function snapshotWith(
  entries: { repo: SnapshotRepo; finding: Finding; status?: SnapshotDebtItem['status'] }[],
  repos: SnapshotRepo[] = [...new Map(entries.map((entry) => [entry.repo.id, entry.repo])).values()],
): AuditSnapshot {
  const findings: SnapshotFinding[] = entries.map(({ repo: owner, finding: base }) => ({
    ...base,
    repoId: owner.id,
    repoName: owner.name,
    debtItemId: `item-${base.fingerprint}`,
  }))
  const debtItems: SnapshotDebtItem[] = entries.map(({ repo: owner, finding: base, status }) => ({
    id: `item-${base.fingerprint}`,
    title: base.title,
    ruleId: base.ruleId,
    category: base.category,
    severity: base.severity,
    repoNames: [owner.name],
    locations: [base.location?.path ?? '(repository)'],
    findingCount: 1,
    effortHours: 1,
    churnCommits: null,
    interest: 1,
    priority: 2.5,
    priorityOverridden: false,
    priorityExplanation: 'test',
    status: status ?? 'open',
    owner: 'Ada',
    notes: 'CONFIDENTIAL-NOTE: the CTO already knows',
    remediation: base.remediation,
  }))
  const score = {
    score: null,
    coverage: 0,
    rating: 'incomplete' as const,
    total: 0,
    answered: 0,
    redFlags: [],
  }
  return {
    snapshotVersion: 1,
    generatedAt: '2026-12-01T00:00:00.000Z',
    generatedBy: 'app',
    engagement: { name: 'Acme', stage: 'growth', startDate: null, endDate: null, notes: '', auditor: null },
    repos,
    findings,
    debtItems,
    checklists: [],
    overall: score,
    comparison: [],
    executiveSummary: '',
    costAssumptions: DEFAULT_COST_ASSUMPTIONS,
  }
}
