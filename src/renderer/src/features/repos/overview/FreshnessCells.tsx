import { Badge, Group, Stack, Table, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import type { PackageFreshness } from '../../../../../shared/domain/freshness'
import { formatAge, gapBadge, provenance } from './freshness-format'

/**
 * The Latest and Freshness cells of one package row: what registry.npmjs.org said about this pinned
 * version, each fact with where it came from and when.
 */
export function FreshnessCells({
  version,
  freshness,
  now,
}: {
  version: string
  freshness: PackageFreshness | undefined
  now: number
}): ReactNode {
  const facts = freshness?.facts ?? null
  const error = freshness?.error ?? null
  const pinned = facts?.versions.find((entry) => entry.version === version) ?? null
  if (facts === null || pinned === null) {
    return (
      <>
        <Table.Td>—</Table.Td>
        <Table.Td>
          <Text size="xs" c="dimmed">
            {error === null ? 'not checked' : error.message}
          </Text>
        </Table.Td>
      </>
    )
  }
  const gap = gapBadge(pinned)
  return (
    <>
      <Table.Td>
        <Text size="xs">{facts.latest ?? '—'}</Text>
        {facts.latestPublishedAt !== null && (
          <Text size="xs" c="dimmed">
            released {formatAge(facts.latestPublishedAt, now)} ago
          </Text>
        )}
        {facts.latestDeprecated !== null && pinned.deprecated === null && (
          <Text size="xs" c="red.8" title={facts.latestDeprecated}>
            latest is deprecated
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Group gap={4}>
            {gap && (
              <Badge size="xs" variant="light" color={gap.color}>
                {gap.label}
              </Badge>
            )}
            {pinned.deprecated !== null && (
              <Badge size="xs" color="red">
                Deprecated
              </Badge>
            )}
            <Text span size="xs">
              {pinned.publishedAt !== null
                ? `pinned release ${formatAge(pinned.publishedAt, now)} old`
                : pinned.inRegistry
                  ? 'release date unknown'
                  : 'this version is not on the registry'}
            </Text>
          </Group>
          {pinned.deprecated !== null && (
            <Text size="xs" c="red.8" lineClamp={2} title={pinned.deprecated}>
              {pinned.deprecated}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {provenance(facts)}
            {error !== null && ` · refresh failed: ${error.message}`}
          </Text>
        </Stack>
      </Table.Td>
    </>
  )
}
