import { Alert, Stack, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { SecurityPatternFacts } from '../../../../shared/domain/facts/security-pattern-facts'
import { StatGrid } from '../repos/overview/StatGrid'
import { patternFixes, patternRows } from './pattern-rows'
import { noPatternsText, patternStats } from './pattern-stats'
import { PatternGroupsCard } from './PatternGroupsCard'

const TITLE = 'Insecure code and configuration'

/**
 * Insecure constructs in the code, Dockerfiles and CI workflows. Runs made before the check existed say
 * so instead of showing zeros.
 */
export function InsecurePatternsSection({
  facts,
  findings,
}: {
  facts: SecurityPatternFacts | undefined
  findings: readonly { ruleId: string; remediation: string }[]
}): ReactNode {
  if (facts === undefined)
    return (
      <Stack gap="md">
        <Title order={3}>{TITLE}</Title>
        <Alert
          color="blue"
          title="Insecure patterns not analysed in this run"
          data-testid="patterns-not-analysed"
        >
          This run was made by an earlier version of Diligent, which did not look for insecure code and
          configuration. Analyse the repository again to see them.
        </Alert>
      </Stack>
    )
  const rows = patternRows(facts, patternFixes(findings))
  const empty = rows.length === 0 ? noPatternsText(facts) : null
  return (
    <Stack gap="md" data-testid="insecure-patterns">
      <Title order={3}>{TITLE}</Title>
      <StatGrid stats={patternStats(facts)} />
      {facts.truncatedBecause !== null && (
        <Alert
          color="orange"
          variant="light"
          title="Not every occurrence is listed"
          data-testid="patterns-truncated"
        >
          {facts.truncatedBecause}
        </Alert>
      )}
      {empty ? (
        <Alert color="gray" variant="light" title={empty.title} data-testid="no-patterns">
          {empty.body}
        </Alert>
      ) : (
        <PatternGroupsCard rows={rows} />
      )}
    </Stack>
  )
}
