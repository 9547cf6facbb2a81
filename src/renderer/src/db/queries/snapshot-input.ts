import type { RepoInput, TriageInput } from '../../../../shared/report/assemble-snapshot'
import type { DiligentDatabase } from '../database'
import type { FindingRecord, RunRecord } from '../records'

export interface StoredSnapshotInput {
  repos: RepoInput[]
  triage: TriageInput[]
}

/** The findings every tool import of a repository brought in (schema v3), whatever its runs. */
async function importedFindings(db: DiligentDatabase, repoId: string): Promise<FindingRecord[]> {
  const imports = await db.toolImports.where('repoId').equals(repoId).toArray()
  return db.findings
    .where('runId')
    .anyOf(imports.map((entry) => entry.id))
    .toArray()
}

const finishedOrder = (left: RunRecord, right: RunRecord): number =>
  (left.finishedAt ?? left.startedAt).localeCompare(right.finishedAt ?? right.startedAt)

/**
 * What Dexie holds for an engagement's exports and debt inventory: each repository's latest two good runs
 * with the results imported from other tools added to the latest, and triage.
 */
export async function storedSnapshotInput(
  db: DiligentDatabase,
  engagementId: string,
): Promise<StoredSnapshotInput> {
  const repos = await db.repos.where('engagementId').equals(engagementId).sortBy('name')
  const inputs: RepoInput[] = []
  for (const repo of repos) {
    const succeeded = (await db.runs.where('repoId').equals(repo.id).toArray())
      .filter((run) => run.status === 'succeeded')
      .sort(finishedOrder)
    const latest = succeeded.at(-1)
    const previous = succeeded.at(-2)
    const imported = await importedFindings(db, repo.id)
    const findings = [
      ...(latest === undefined ? [] : await db.findings.where('runId').equals(latest.id).toArray()),
      ...imported,
    ]
    // Imports are not part of any analysis: counted as still there before, so the comparison between
    // two analyses does not report another tool's results as new.
    const previousFingerprints =
      previous === undefined
        ? null
        : [...(await db.findings.where('runId').equals(previous.id).toArray()), ...imported].map(
            (finding) => finding.fingerprint,
          )
    inputs.push({
      id: repo.id,
      name: repo.name,
      source: repo.source,
      run:
        latest === undefined
          ? null
          : {
              commitSha: latest.commitSha,
              branch: latest.branch,
              finishedAt: latest.finishedAt,
              metrics: latest.metrics,
              facts: (latest.facts as Record<string, unknown> | null) ?? null,
              warnings: latest.warnings.map((warning) =>
                warning.path ? `${warning.path}: ${warning.message}` : warning.message,
              ),
              succeededAnalyzers: latest.analyzers
                .filter((analyzer) => analyzer.status === 'succeeded')
                .map((analyzer) => analyzer.id),
            },
      findings: findings.map(
        ({ id: _id, engagementId: _engagement, repoId: _repo, runId: _run, ...finding }) => finding,
      ),
      previous:
        previous === undefined || previousFingerprints === null
          ? null
          : { finishedAt: previous.finishedAt ?? previous.startedAt, fingerprints: previousFingerprints },
    })
  }
  const triage = (await db.debtItems.where('engagementId').equals(engagementId).toArray()).map((item) => ({
    id: item.id,
    fingerprints: item.fingerprints,
    status: item.status,
    owner: item.owner,
    notes: item.notes,
    priorityOverride: item.priorityOverride,
  }))
  return { repos: inputs, triage }
}
