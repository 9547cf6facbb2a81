import { Alert, Button, Card, Group, Table, Text, Title } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconFileImport, IconTrash } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { callMain } from '../../api/diligent'
import { formatDateTime } from '../../components/format'
import { appDatabase } from '../../db/app-database'
import { removeToolImport, saveSarifImport } from '../../db/commands/tool-imports'
import type { RepoRecord, ToolImportRecord } from '../../db/records'
import { useToolImports } from '../../hooks/use-tool-imports'

const plural = (count: number, noun: string): string =>
  `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`

function confirmRemove(entry: ToolImportRecord): void {
  modals.openConfirmModal({
    title: `Remove the ${entry.toolName} results?`,
    children: (
      <Text size="sm">
        The {plural(entry.resultCount, 'result')} imported from {entry.fileName} leave the debt inventory.
        Your triage of them is kept, and applies again if you import them once more.
      </Text>
    ),
    labels: { confirm: 'Remove', cancel: 'Keep them' },
    confirmProps: { color: 'red' },
    onConfirm: () => {
      removeToolImport(appDatabase, entry.id).catch((error: unknown) =>
        notifications.show({ color: 'red', title: 'Could not remove', message: String(error) }),
      )
    },
  })
}

/**
 * Results of other tools (ESLint, Semgrep, CodeQL…) read from their SARIF files: they join this
 * repository's findings in the debt inventory and the exports. Importing a tool again replaces its
 * earlier results here.
 */
export function ImportedResultsCard({ repo }: { repo: RepoRecord }): ReactNode {
  const imports = useToolImports(repo.id)
  const [importing, setImporting] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)

  const importSarif = async (): Promise<void> => {
    setImporting(true)
    setRefusal(null)
    try {
      const { import: sarif } = await callMain('sarif:import', {})
      if (sarif === null) return
      const saved = await saveSarifImport(appDatabase, repo, sarif)
      notifications.show({
        color: 'teal',
        title: `Imported ${sarif.fileName}`,
        message: saved.map((entry) => `${entry.toolName}: ${plural(entry.resultCount, 'result')}`).join('; '),
      })
    } catch (error) {
      setRefusal(error instanceof Error ? error.message : String(error))
    } finally {
      setImporting(false)
    }
  }

  return (
    <Card withBorder radius="md" padding="lg" data-testid="imported-results">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Imported results</Title>
        <Button
          variant="default"
          leftSection={<IconFileImport size={16} aria-hidden />}
          loading={importing}
          onClick={() => void importSarif()}
        >
          Import SARIF…
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        Results of other tools (ESLint, Semgrep, CodeQL…) from their SARIF 2.1.0 files join the debt inventory
        with their rule ids and locations. Importing a tool again replaces its earlier results.
      </Text>
      {refusal !== null && (
        <Alert
          color="red"
          title="This file was not imported"
          mb="sm"
          withCloseButton
          onClose={() => setRefusal(null)}
        >
          {refusal}
        </Alert>
      )}
      {imports !== undefined && imports.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tool</Table.Th>
              <Table.Th>File</Table.Th>
              <Table.Th>Imported</Table.Th>
              <Table.Th ta="right">Results</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {imports.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>
                  {entry.toolName}
                  {entry.toolVersion !== null && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      {entry.toolVersion}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {entry.fileName}
                  {entry.warnings.map((warning) => (
                    <Text key={warning} size="xs" c="dimmed">
                      {warning}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>{formatDateTime(entry.importedAt)}</Table.Td>
                <Table.Td ta="right">{entry.resultCount.toLocaleString()}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    onClick={() => confirmRemove(entry)}
                    aria-label={`Remove the ${entry.toolName} results`}
                  >
                    Remove
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  )
}
