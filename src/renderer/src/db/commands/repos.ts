import type { DiligentDatabase } from '../database'
import type { RepoRecord } from '../records'

export interface NewRepo {
  engagementId: string
  name: string
  source: string
  sourceKind: RepoRecord['sourceKind']
}

export async function addRepo(db: DiligentDatabase, repo: NewRepo): Promise<RepoRecord> {
  const record: RepoRecord = {
    id: crypto.randomUUID(),
    ...repo,
    name: repo.name.trim(),
    source: repo.source.trim(),
    defaultBranch: null,
    clonePath: null,
    lastRunId: null,
    createdAt: new Date().toISOString(),
  }
  await db.transaction('rw', db.engagements, db.repos, async () => {
    if ((await db.engagements.get(repo.engagementId)) === undefined)
      throw new Error('This engagement no longer exists')
    const duplicate = await db.repos
      .where('engagementId')
      .equals(repo.engagementId)
      .filter((existing) => existing.source === record.source)
      .first()
    if (duplicate) throw new Error(`${duplicate.name} already uses this source`)
    await db.repos.add(record)
  })
  return record
}

/** Removes a repository with its runs, tool imports and findings, all or nothing. */
export async function removeRepo(db: DiligentDatabase, repoId: string): Promise<void> {
  await db.transaction('rw', db.repos, db.runs, db.toolImports, db.findings, async () => {
    await db.findings.where('[repoId+fingerprint]').between([repoId, ''], [repoId, '\uffff']).delete()
    await db.runs.where('repoId').equals(repoId).delete()
    await db.toolImports.where('repoId').equals(repoId).delete()
    await db.repos.delete(repoId)
  })
}
