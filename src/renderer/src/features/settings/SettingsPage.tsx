import { Alert, Badge, Card, Code, Group, Progress, Stack, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { APP_ORIGIN } from '../../../../shared/app-identity'
import { formatBytes } from '../../components/format'
import { PageHeader } from '../../components/PageHeader'
import { CURRENT_SCHEMA_VERSION } from '../../db/schema'
import { useAppInfo } from '../../hooks/use-app-info'
import { useStorageStatus } from '../../hooks/use-storage-status'
import { OnlineChecksCard } from './OnlineChecksCard'
import { VulnerabilityDatabaseCard } from './VulnerabilityDatabaseCard'

function Row({ label, children }: { label: string; children: ReactNode }): ReactNode {
  return (
    <Table.Tr>
      <Table.Th w={220} fw={500} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  )
}

function StorageCard(): ReactNode {
  const storage = useStorageStatus()
  const share =
    storage?.usageBytes != null && storage.quotaBytes ? (storage.usageBytes / storage.quotaBytes) * 100 : null
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={4} mb="sm">
        Auditor data
      </Title>
      <Table withRowBorders={false} verticalSpacing={6}>
        <Table.Tbody>
          <Row label="Database">
            IndexedDB <Code>diligent</Code>, schema v{CURRENT_SCHEMA_VERSION}, origin{' '}
            <Code>{APP_ORIGIN}</Code>
          </Row>
          <Row label="Protected from eviction">
            {storage === undefined ? (
              '…'
            ) : storage.persisted === true ? (
              <Badge color="teal" variant="light">
                Yes
              </Badge>
            ) : (
              <Badge color="yellow" variant="light">
                {storage.persisted === false ? 'No' : 'Unknown'}
              </Badge>
            )}
          </Row>
          <Row label="Space used">
            {storage === undefined ? (
              '…'
            ) : (
              <Group gap="sm">
                <Text size="sm">
                  {formatBytes(storage.usageBytes)} of {formatBytes(storage.quotaBytes)}
                </Text>
                {share !== null && (
                  <Progress value={share} w={160} aria-label="Share of storage quota used" />
                )}
              </Group>
            )}
          </Row>
        </Table.Tbody>
      </Table>
    </Card>
  )
}

function ApplicationCard(): ReactNode {
  const state = useAppInfo()
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={4} mb="sm">
        Application
      </Title>
      {state.status === 'error' && (
        <Alert color="red">Could not reach the main process: {state.message}</Alert>
      )}
      {state.status === 'loading' && <Text size="sm">Loading…</Text>}
      {state.status === 'ready' && (
        <Table withRowBorders={false} verticalSpacing={6}>
          <Table.Tbody>
            <Row label="Version">
              {state.info.name} {state.info.version}
              {state.info.electronVersion !== null && ` · Electron ${state.info.electronVersion}`} ·{' '}
              {state.info.platform}
            </Row>
            <Row label="Data folder">
              <Code>{state.info.dataDirectory}</Code>
            </Row>
            <Row label="Clone cache">
              <Code>{state.info.cloneCacheDirectory}</Code>
            </Row>
          </Table.Tbody>
        </Table>
      )}
    </Card>
  )
}

export function SettingsPage(): ReactNode {
  return (
    <>
      <PageHeader
        title="Settings"
        description="Where Diligent keeps your work. Nothing leaves this machine unless you turn on online checks; use full-disk encryption on it."
      />
      <Stack gap="lg" maw={960}>
        <ApplicationCard />
        <StorageCard />
        <VulnerabilityDatabaseCard />
        <OnlineChecksCard />
      </Stack>
    </>
  )
}
