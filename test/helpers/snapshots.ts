import { join } from 'node:path'
import { buildSampleRepo } from '../../src/cli/sample-repo'
import { snapshotFromAudit } from '../../src/cli/snapshot-from-audit'
import { runAudit } from '../../src/main/engine'
import type { Finding, Severity } from '../../src/shared/domain/finding'
import type { AuditSnapshot } from '../../src/shared/report/audit-snapshot'
import { makeTempDir } from './make-git-repo'

/**
 * Snapshots for export tests: the sample repository audited for real (as the CLI would), and a large
 * synthetic one. Call removeTempDirs from make-git-repo in afterAll.
 */
export async function sampleSnapshot(): Promise<AuditSnapshot> {
  const repo = await buildSampleRepo(join(await makeTempDir(), 'orderly-api'), {
    lastCommitAt: new Date('2026-11-20T12:00:00Z'),
  })
  const result = await runAudit(
    { source: repo, sourceKind: 'local' },
    { cacheDir: await makeTempDir('diligent-cache-'), now: new Date('2026-12-01T00:00:00Z') },
  )
  return snapshotFromAudit(result, { name: 'Orderly', stage: 'product-market-fit' }, 'orderly-api')
}

const SEVERITY_CYCLE: Severity[] = ['critical', 'high', 'medium', 'medium', 'low', 'low', 'info']

/** `base` with `count` more findings spread over rules, folders and severities, each its own debt item. */
export function withManyFindings(base: AuditSnapshot, count: number): AuditSnapshot {
  const findings: AuditSnapshot['findings'] = []
  const debtItems: AuditSnapshot['debtItems'] = []
  for (let index = 0; index < count; index += 1) {
    const severity = SEVERITY_CYCLE[index % SEVERITY_CYCLE.length] as Severity
    const finding: Finding = {
      fingerprint: `synthetic-${index}`,
      ruleId: `synthetic/rule-${index % 40}`,
      category: 'debt',
      severity,
      title: `Synthetic finding ${index}`,
      explanation: 'A finding made up for a load test.',
      location: { path: `src/module-${index % 500}/file-${index}.ts`, line: (index % 300) + 1, column: null },
      evidence: null,
      effortMinutes: 30 + (index % 5) * 30,
      remediation: 'Fix it.',
      references: [],
    }
    findings.push({ ...finding, repoId: 'repo-1', repoName: 'orderly-api', debtItemId: `item-${index}` })
    debtItems.push({
      id: `item-${index}`,
      title: finding.title,
      ruleId: finding.ruleId,
      category: 'debt',
      severity,
      repoNames: ['orderly-api'],
      locations: [finding.location?.path ?? ''],
      findingCount: 1,
      effortHours: finding.effortMinutes / 60,
      churnCommits: index % 17,
      interest: 1 + Math.log(1 + (index % 17)),
      priority: count - index,
      priorityOverridden: false,
      priorityExplanation: 'synthetic',
      status: 'open',
      owner: '',
      notes: '',
      remediation: 'Fix it.',
    })
  }
  return { ...base, findings: [...base.findings, ...findings], debtItems: [...base.debtItems, ...debtItems] }
}
