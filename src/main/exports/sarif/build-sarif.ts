import { ENGINE_VERSION } from '../../engine/engine-version'
import type { AuditSnapshot, SnapshotRepo } from '../../../shared/report/audit-snapshot'
import { httpsRepositoryUri } from './repository-uri'
import { buildRuleTable } from './rule-descriptors'
import { SARIF_SCHEMA_URI, SARIF_VERSION, SOURCE_ROOT, type SarifLog, type SarifRun } from './sarif-log'
import { toSarifResult } from './sarif-result'

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'repository'

function runOf(snapshot: AuditSnapshot, repo: SnapshotRepo, toolVersion: string): SarifRun {
  const findings = snapshot.findings.filter((finding) => finding.repoId === repo.id)
  const items = new Map(snapshot.debtItems.map((item) => [item.id, item]))
  const { rules, indexOf } = buildRuleTable(findings)
  const repositoryUri = httpsRepositoryUri(repo.source)
  return {
    tool: { driver: { name: 'Diligent', semanticVersion: toolVersion, rules } },
    // GitHub keeps one analysis per automation id: one per repository, stable across exports.
    automationDetails: {
      id: `diligent/${slug(repo.name)}/`,
      description: { text: `Diligent audit of ${repo.name} for ${snapshot.engagement.name}` },
    },
    originalUriBaseIds: { [SOURCE_ROOT]: { description: { text: 'The root of the audited repository' } } },
    ...(repositoryUri === null
      ? {}
      : {
          versionControlProvenance: [
            {
              repositoryUri,
              ...(repo.commitSha === null ? {} : { revisionId: repo.commitSha }),
              ...(repo.branch === null ? {} : { branch: repo.branch }),
            },
          ],
        }),
    results: findings.map((finding) =>
      toSarifResult(finding, indexOf.get(finding.ruleId) ?? 0, items.get(finding.debtItemId)),
    ),
    properties: {
      repository: repo.name,
      ...(repo.analysedAt === null ? {} : { analysedAt: repo.analysedAt }),
    },
  }
}

/** The engagement's findings as one SARIF 2.1.0 log, with one run per repository. */
export function buildSarifLog(snapshot: AuditSnapshot, toolVersion: string = ENGINE_VERSION): SarifLog {
  return {
    $schema: SARIF_SCHEMA_URI,
    version: SARIF_VERSION,
    runs: snapshot.repos.map((repo) => runOf(snapshot, repo, toolVersion)),
  }
}

/** The findings export as a file: two-space JSON with a trailing newline. */
export async function buildSarifExport(snapshot: AuditSnapshot): Promise<Uint8Array> {
  return Buffer.from(`${JSON.stringify(buildSarifLog(snapshot), null, 2)}\n`, 'utf8')
}
