import { Badge, Code, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { formatDate } from '../../components/format'
import type { SecretRow } from './secret-rows'

/** Where a secret came from in the history, when the run looked; a dash when it did not. */
export function SecretOrigin({ row }: { row: SecretRow }): ReactNode {
  const { introduced, inHistoryOnly } = row
  if (introduced === null && !inHistoryOnly)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    )
  return (
    <Stack gap={4} align="flex-start">
      {introduced && (
        <Text size="sm">
          introduced in <Code>{introduced.sha.slice(0, 10)}</Code>
          {` by ${introduced.author} on ${formatDate(introduced.date.slice(0, 10))}`}
        </Text>
      )}
      {inHistoryOnly && (
        <Badge color="orange" variant="light" radius="sm">
          removed, still in history
        </Badge>
      )}
    </Stack>
  )
}
