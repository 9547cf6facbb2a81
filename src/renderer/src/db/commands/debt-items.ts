import { z } from 'zod'
import { DebtStatusSchema, type DebtStatus } from '../../../../shared/domain/debt-item'
import type { DiligentDatabase } from '../database'
import type { DebtItemRecord } from '../records'

/** A debt item as the inventory shows it: stored once triaged, or grouped automatically (`auto:` id) until then. */
export interface DebtItemRef {
  id: string
  fingerprints: readonly string[]
}

export const TriageChangeSchema = z
  .strictObject({
    status: DebtStatusSchema,
    owner: z.string().trim().max(200),
    notes: z.string().max(20_000),
    priorityOverride: z.number().min(0).max(1_000_000).nullable(),
  })
  .partial()
export type TriageChange = z.infer<typeof TriageChangeSchema>

const isStored = (ref: DebtItemRef): boolean => !ref.id.startsWith('auto:')

function newRecord(engagementId: string, fingerprints: readonly string[]): DebtItemRecord {
  return {
    id: crypto.randomUUID(),
    engagementId,
    fingerprints: [...new Set(fingerprints)],
    status: 'open',
    owner: '',
    notes: '',
    priorityOverride: null,
    updatedAt: new Date().toISOString(),
  }
}

/** Applies the same triage to every item (a bulk action is one transaction); automatic groups become stored items. */
export async function triageItems(
  db: DiligentDatabase,
  engagementId: string,
  refs: readonly DebtItemRef[],
  change: TriageChange,
): Promise<void> {
  const valid = TriageChangeSchema.parse(change)
  await db.transaction('rw', db.debtItems, async () => {
    for (const ref of refs) {
      const stored = isStored(ref) ? await db.debtItems.get(ref.id) : undefined
      const record = stored ?? newRecord(engagementId, ref.fingerprints)
      await db.debtItems.put({ ...record, ...valid, updatedAt: new Date().toISOString() })
    }
  })
}

/** One item holding all the findings of the selection; the first item's triage carries over. */
export async function mergeItems(
  db: DiligentDatabase,
  engagementId: string,
  refs: readonly DebtItemRef[],
): Promise<string> {
  if (refs.length < 2) throw new Error('Select at least two debt items to merge')
  return db.transaction('rw', db.debtItems, async () => {
    const stored = (await db.debtItems.bulkGet(refs.filter(isStored).map((ref) => ref.id))).filter(
      (record): record is DebtItemRecord => record !== undefined,
    )
    const first = stored[0]
    const merged: DebtItemRecord = {
      ...newRecord(
        engagementId,
        refs.flatMap((ref) => ref.fingerprints),
      ),
      status: first?.status ?? 'open',
      owner: stored.find((record) => record.owner !== '')?.owner ?? '',
      notes: stored
        .map((record) => record.notes)
        .filter((notes) => notes !== '')
        .join('\n\n'),
      priorityOverride: first?.priorityOverride ?? null,
    }
    await db.debtItems.bulkDelete(stored.map((record) => record.id))
    await db.debtItems.add(merged)
    return merged.id
  })
}

/** One stored item per finding, each keeping the item's triage, so the group does not simply re-form. */
export async function splitItem(db: DiligentDatabase, engagementId: string, ref: DebtItemRef): Promise<void> {
  if (ref.fingerprints.length < 2) throw new Error('This debt item has a single finding')
  await db.transaction('rw', db.debtItems, async () => {
    const stored = isStored(ref) ? await db.debtItems.get(ref.id) : undefined
    const triage: Pick<DebtItemRecord, 'status' | 'owner' | 'notes' | 'priorityOverride'> = {
      status: stored?.status ?? ('open' as DebtStatus),
      owner: stored?.owner ?? '',
      notes: stored?.notes ?? '',
      priorityOverride: stored?.priorityOverride ?? null,
    }
    if (stored) await db.debtItems.delete(stored.id)
    await db.debtItems.bulkAdd(
      ref.fingerprints.map((fingerprint) => ({ ...newRecord(engagementId, [fingerprint]), ...triage })),
    )
  })
}
