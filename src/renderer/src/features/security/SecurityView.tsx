import { Stack } from '@mantine/core'
import type { ReactNode } from 'react'
import type { AuditFacts } from '../../../../shared/domain/audit-result'
import { InsecurePatternsSection } from './InsecurePatternsSection'
import { SecretsSection } from './SecretsSection'

/**
 * A repository's security from its last good run: the secrets committed to it, then the insecure
 * constructs in its code and configuration.
 */
export function SecurityView({
  facts,
  findings,
}: {
  facts: Pick<AuditFacts, 'secrets' | 'security-patterns'> | null
  findings: readonly { ruleId: string; title: string; remediation: string }[]
}): ReactNode {
  return (
    <Stack gap="xl" data-testid="security">
      <SecretsSection facts={facts?.secrets} findings={findings} />
      <InsecurePatternsSection facts={facts?.['security-patterns']} findings={findings} />
    </Stack>
  )
}
