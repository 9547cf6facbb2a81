import { Button } from '@mantine/core'
import { IconFileCode } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import type { SnapshotRepo } from '../../../../shared/report/audit-snapshot'
import { SBOM_FILE } from '../../../../shared/report/export-kinds'
import { suggestRepoName } from '../../../../shared/repo-name'
import { callMain } from '../../api/diligent'
import type { RepoRecord, RunRecord } from '../../db/records'
import { saveExportWithNotice } from '../exports/save-export'

/** The repository's dependencies as a CycloneDX SBOM, from its latest analysis. */
export function SbomButton({ repo, run }: { repo: RepoRecord; run: RunRecord }): ReactNode {
  const [busy, setBusy] = useState(false)
  const snapshotRepo: SnapshotRepo = {
    id: repo.id,
    name: repo.name,
    source: repo.source,
    commitSha: run.commitSha,
    branch: run.branch,
    analysedAt: run.finishedAt,
    metrics: run.metrics,
    facts: (run.facts as Record<string, unknown> | null) ?? null,
    warnings: run.warnings.map((warning) => warning.message),
  }
  const save = async (): Promise<void> => {
    setBusy(true)
    await saveExportWithNotice('SBOM', () =>
      callMain('export:sbom', {
        repo: snapshotRepo,
        suggestedName: `${suggestRepoName(repo.name)}-sbom.${SBOM_FILE.extension}`,
      }),
    )
    setBusy(false)
  }
  return (
    <Button
      variant="default"
      loading={busy}
      leftSection={<IconFileCode size={16} aria-hidden />}
      onClick={() => void save()}
    >
      Export SBOM
    </Button>
  )
}
