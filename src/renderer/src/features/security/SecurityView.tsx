import { Alert, Stack } from '@mantine/core'
import type { ReactNode } from 'react'
import type { AuditFacts } from '../../../../shared/domain/audit-result'
import { StatGrid } from '../repos/overview/StatGrid'
import { noSecretsText } from './no-secrets-text'
import { secretRows, secretRuleTitles } from './secret-rows'
import { SecretsTableCard } from './SecretsTableCard'
import { securityStats } from './security-stats'
import { SkippedScanFilesCard } from './SkippedScanFilesCard'

/**
 * A repository's security from its last good run: the secrets committed to it, redacted, and what the
 * scan could not read. Runs made before the secrets scan existed say so instead of showing zeros.
 */
export function SecurityView({
  facts,
  findings,
}: {
  facts: Pick<AuditFacts, 'secrets'> | null
  findings: readonly { ruleId: string; title: string }[]
}): ReactNode {
  const secrets = facts?.secrets
  if (secrets === undefined) {
    return (
      <Alert color="blue" title="Secrets not analysed in this run" data-testid="secrets-not-analysed">
        This run was made by an earlier version of Diligent, which did not search for committed secrets.
        Analyse the repository again to see them.
      </Alert>
    )
  }
  const rows = secretRows(secrets, secretRuleTitles(findings))
  const empty = rows.length === 0 ? noSecretsText(secrets) : null
  return (
    <Stack gap="lg" data-testid="security">
      <StatGrid stats={securityStats(secrets)} />
      {empty ? (
        <Alert color="gray" variant="light" title={empty.title} data-testid="no-secrets">
          {empty.body}
        </Alert>
      ) : (
        <SecretsTableCard rows={rows} />
      )}
      <SkippedScanFilesCard files={secrets.skipped} />
    </Stack>
  )
}
