import { EngagementDraftSchema, type EngagementDraft } from '../../../../shared/domain/engagement'
import { ENGAGEMENT_OWNED_TABLES, type DiligentDatabase } from '../database'
import type { EngagementRecord } from '../records'

function nowIso(): string {
  return new Date().toISOString()
}

export async function createEngagement(
  db: DiligentDatabase,
  draft: EngagementDraft,
): Promise<EngagementRecord> {
  const valid = EngagementDraftSchema.parse(draft)
  const now = nowIso()
  const record: EngagementRecord = { id: crypto.randomUUID(), ...valid, createdAt: now, updatedAt: now }
  await db.engagements.add(record)
  return record
}

export async function updateEngagement(
  db: DiligentDatabase,
  id: string,
  draft: EngagementDraft,
): Promise<void> {
  const valid = EngagementDraftSchema.parse(draft)
  await db.transaction('rw', db.engagements, async () => {
    const updated = await db.engagements.update(id, { ...valid, updatedAt: nowIso() })
    if (updated === 0) throw new Error('This engagement no longer exists')
  })
}

/** Deletes an engagement and everything that belongs to it, all or nothing. */
export async function deleteEngagement(db: DiligentDatabase, id: string): Promise<void> {
  const tables = ENGAGEMENT_OWNED_TABLES.map((name) => db.table(name))
  await db.transaction('rw', [db.engagements, ...tables], async () => {
    for (const table of tables) await table.where('engagementId').equals(id).delete()
    await db.engagements.delete(id)
  })
}
