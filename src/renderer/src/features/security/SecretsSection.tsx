import { Alert, Stack, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { SecretsFacts } from '../../../../shared/domain/facts/secrets-facts'
import { StatGrid } from '../repos/overview/StatGrid'
import { noSecretsText } from './no-secrets-text'
import { secretRows, secretRuleTitles } from './secret-rows'
import { SecretsTableCard } from './SecretsTableCard'
import { securityStats } from './security-stats'
import { SkippedScanFilesCard } from './SkippedScanFilesCard'

const TITLE = 'Committed secrets'

/**
 * The secrets committed to the repository, redacted, and what the scan could not read. Runs made before
 * the secrets scan existed say so instead of showing zeros.
 */
export function SecretsSection({
  facts,
  findings,
}: {
  facts: SecretsFacts | undefined
  findings: readonly { ruleId: string; title: string }[]
}): ReactNode {
  if (facts === undefined)
    return (
      <Stack gap="md">
        <Title order={3}>{TITLE}</Title>
        <Alert color="blue" title="Secrets not analysed in this run" data-testid="secrets-not-analysed">
          This run was made by an earlier version of Diligent, which did not search for committed secrets.
          Analyse the repository again to see them.
        </Alert>
      </Stack>
    )
  const rows = secretRows(facts, secretRuleTitles(findings))
  const empty = rows.length === 0 ? noSecretsText(facts) : null
  return (
    <Stack gap="md" data-testid="secrets-section">
      <Title order={3}>{TITLE}</Title>
      <StatGrid stats={securityStats(facts)} />
      {empty ? (
        <Alert color="gray" variant="light" title={empty.title} data-testid="no-secrets">
          {empty.body}
        </Alert>
      ) : (
        <SecretsTableCard rows={rows} />
      )}
      <SkippedScanFilesCard files={facts.skipped} />
    </Stack>
  )
}
