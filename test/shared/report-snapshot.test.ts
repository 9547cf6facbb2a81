import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AuditSnapshotSchema, type AuditSnapshot } from '../../src/shared/report/audit-snapshot'
import { removeTempDirs } from '../helpers/make-git-repo'
import { sampleSnapshot } from '../helpers/snapshots'

let snapshot: AuditSnapshot
beforeAll(async () => {
  snapshot = await sampleSnapshot()
}, 60_000)
afterAll(removeTempDirs)

describe('the snapshot of the sample repository, as the CLI builds it', () => {
  it('is valid by the schema main checks at the IPC boundary', () => {
    expect(AuditSnapshotSchema.safeParse(snapshot).error).toBeUndefined()
  })

  it('groups findings into debt items, highest priority first, each explained', () => {
    expect(snapshot.debtItems.length).toBeGreaterThan(0)
    const priorities = snapshot.debtItems.map((item) => item.priority)
    expect(priorities).toEqual([...priorities].sort((left, right) => right - left))
    expect(snapshot.debtItems[0]?.priorityExplanation).toMatch(/impact \d+.*÷.*h effort = /)
    for (const finding of snapshot.findings)
      expect(snapshot.debtItems.map((item) => item.id)).toContain(finding.debtItemId)
  })

  it('pre-fills checklists from suggestions only, marked as such, and scores them', () => {
    const rows = snapshot.checklists.flatMap((checklist) =>
      checklist.sections.flatMap((section) => section.items),
    )
    expect(rows.filter((row) => row.status !== null).every((row) => row.answeredBy === 'suggestion')).toBe(
      true,
    )
    expect(rows.find((row) => row.id === 'team-process.key-people.truck-factor')).toMatchObject({
      status: 'no',
      answeredBy: 'suggestion',
      evidence: [
        'orderly-api: Truck factor: 1',
        "orderly-api: 1 finding: Truck factor of 1: Alice Martin holds most of the code's knowledge",
      ],
    })
    expect(snapshot.overall.total).toBe(rows.length)
    expect(snapshot.executiveSummary).toContain(
      'Orderly was assessed as a product–market fit company across 1 repository',
    )
  })
})
