import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createEngagement,
  deleteEngagement,
  updateEngagement,
} from '../../../src/renderer/src/db/commands/engagements'
import type { DiligentDatabase } from '../../../src/renderer/src/db/database'
import {
  getEngagement,
  getEngagementFootprint,
  listEngagementSummaries,
} from '../../../src/renderer/src/db/queries/engagements'
import { engagementDraft } from '../../helpers/engagement-drafts'
import { freshDatabase } from '../../helpers/fresh-database'

let db: DiligentDatabase

beforeEach(async () => {
  db = freshDatabase()
  await db.open()
})
afterEach(() => db.close())

async function addRepo(engagementId: string, id: string): Promise<void> {
  await db.repos.add({
    id,
    engagementId,
    name: id,
    source: `/work/${id}`,
    sourceKind: 'local',
    defaultBranch: 'main',
    clonePath: null,
    lastRunId: null,
    createdAt: '2026-11-24T10:00:00.000Z',
  })
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5))

describe('engagement commands', () => {
  it('creates an engagement with a fresh id and timestamps, trimming the name', async () => {
    const created = await createEngagement(db, engagementDraft({ name: '  Acme Robotics  ' }))
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(created.name).toBe('Acme Robotics')
    expect(created.createdAt).toBe(created.updatedAt)
    expect(await getEngagement(db, created.id)).toEqual(created)
  })

  it('rejects an invalid draft and stores nothing', async () => {
    await expect(createEngagement(db, engagementDraft({ name: '   ' }))).rejects.toThrow(
      'Company name is required',
    )
    await expect(
      createEngagement(db, engagementDraft({ startDate: '2026-12-10', endDate: '2026-12-01' })),
    ).rejects.toThrow('The end date cannot be before the start date')
    await expect(createEngagement(db, { ...engagementDraft(), stage: 'seed' as never })).rejects.toThrow()
    await expect(createEngagement(db, engagementDraft({ startDate: '24/11/2026' }))).rejects.toThrow()
    expect(await db.engagements.count()).toBe(0)
  })

  it('updates the fields and the update time, keeping the creation time', async () => {
    const created = await createEngagement(db, engagementDraft())
    await tick()
    await updateEngagement(db, created.id, engagementDraft({ name: 'Acme Labs', stage: 'growth', notes: '' }))
    const updated = await getEngagement(db, created.id)
    expect(updated).toMatchObject({
      name: 'Acme Labs',
      stage: 'growth',
      notes: '',
      createdAt: created.createdAt,
    })
    expect(updated!.updatedAt > created.updatedAt).toBe(true)
  })

  it('refuses to update an engagement that no longer exists, creating nothing', async () => {
    await expect(
      updateEngagement(db, '00000000-0000-4000-8000-000000000000', engagementDraft()),
    ).rejects.toThrow('This engagement no longer exists')
    expect(await db.engagements.count()).toBe(0)
  })

  it('deletes an engagement with everything it owns, and nothing of other engagements', async () => {
    const doomed = await createEngagement(db, engagementDraft({ name: 'Doomed' }))
    const kept = await createEngagement(db, engagementDraft({ name: 'Kept' }))
    await addRepo(doomed.id, 'r-doomed')
    await addRepo(kept.id, 'r-kept')
    await db.debtItems.add({
      id: 'd1',
      engagementId: doomed.id,
      fingerprints: ['x'],
      status: 'open',
      owner: '',
      notes: '',
      priorityOverride: null,
      updatedAt: '2026-11-24T10:00:00.000Z',
    })
    expect(await getEngagementFootprint(db, doomed.id)).toEqual({
      repos: 1,
      runs: 0,
      findings: 0,
      answers: 0,
      debtItems: 1,
    })

    await deleteEngagement(db, doomed.id)

    expect(await getEngagement(db, doomed.id)).toBeNull()
    expect(await db.repos.toArray()).toEqual([expect.objectContaining({ id: 'r-kept' })])
    expect(await db.debtItems.count()).toBe(0)
    expect(await getEngagement(db, kept.id)).not.toBeNull()
  })
})

describe('engagement queries', () => {
  it('lists engagements most recently changed first, with their repository counts', async () => {
    const first = await createEngagement(db, engagementDraft({ name: 'First' }))
    await tick()
    await createEngagement(db, engagementDraft({ name: 'Second' }))
    await addRepo(first.id, 'a')
    await addRepo(first.id, 'b')

    const summaries = await listEngagementSummaries(db)

    expect(summaries.map((summary) => [summary.name, summary.repoCount])).toEqual([
      ['Second', 0],
      ['First', 2],
    ])
  })
})
