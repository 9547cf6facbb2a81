import { Alert, Button, Group, Menu, MultiSelect, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconChevronDown, IconSearch } from '@tabler/icons-react'
import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table'
import { useMemo, useState, type ReactNode } from 'react'

import { DEBT_STATUSES, type DebtStatus } from '../../../../shared/domain/debt-item'
import { SEVERITIES } from '../../../../shared/domain/finding'
import type { SnapshotDebtItem } from '../../../../shared/report/audit-snapshot'
import { EngagementBreadcrumbs } from '../../components/EngagementBreadcrumbs'
import { EngagementRoute } from '../../components/EngagementRoute'
import { PageHeader } from '../../components/PageHeader'
import { appDatabase } from '../../db/app-database'
import {
  mergeItems,
  splitItem,
  triageItems,
  type DebtItemRef,
  type TriageChange,
} from '../../db/commands/debt-items'
import type { EngagementRecord } from '../../db/records'
import { DEBT_COLUMNS } from './debt-columns'
import { STATUS_LABELS } from './debt-labels'
import { DebtItemDrawer } from './DebtItemDrawer'
import { DebtTable } from './DebtTable'
import { useEngagementSnapshot } from './use-engagement-snapshot'

function refOf(item: SnapshotDebtItem, findings: { fingerprint: string; debtItemId: string }[]): DebtItemRef {
  return {
    id: item.id,
    fingerprints: findings
      .filter((finding) => finding.debtItemId === item.id)
      .map((finding) => finding.fingerprint),
  }
}

function report(action: Promise<unknown>, success: string): void {
  action.then(
    () => notifications.show({ color: 'teal', message: success }),
    (error: unknown) =>
      notifications.show({
        color: 'red',
        title: 'Not saved',
        message: error instanceof Error ? error.message : String(error),
      }),
  )
}

function DebtInventory({ engagement }: { engagement: EngagementRecord }): ReactNode {
  const snapshot = useEngagementSnapshot(engagement)
  const [sorting, setSorting] = useState<SortingState>([{ id: 'priority', desc: true }])
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({})
  const [search, setSearch] = useState('')
  const [statuses, setStatuses] = useState<string[]>([])
  const [severities, setSeverities] = useState<string[]>([])
  const [openId, setOpenId] = useState<string | null>(null)

  const items = useMemo(
    () =>
      (snapshot?.debtItems ?? []).filter(
        (item) =>
          (statuses.length === 0 || statuses.includes(item.status)) &&
          (severities.length === 0 || severities.includes(item.severity)),
      ),
    [snapshot, statuses, severities],
  )
  const table = useReactTable({
    data: items,
    columns: DEBT_COLUMNS,
    state: { sorting, rowSelection, globalFilter: search },
    getRowId: (item) => item.id,
    onSortingChange: setSorting,
    onRowSelectionChange: setRowSelection,
    onGlobalFilterChange: setSearch,
    globalFilterFn: (row, _column, filter: string) => {
      const needle = filter.toLowerCase()
      const item = row.original
      return [item.title, item.ruleId, item.owner, item.notes, ...item.locations, ...item.repoNames].some(
        (text) => text.toLowerCase().includes(needle),
      )
    },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  })

  if (snapshot === undefined) return null
  const findings = snapshot.findings
  const selected = table.getSelectedRowModel().rows.map((row) => refOf(row.original, findings))
  const clearSelection = (): void => setRowSelection({})
  const bulk = (change: TriageChange, label: string): void => {
    report(
      triageItems(appDatabase, engagement.id, selected, change),
      `${label}: ${selected.length} debt items`,
    )
    clearSelection()
  }
  const openItem = snapshot.debtItems.find((item) => item.id === openId) ?? null

  return (
    <>
      <EngagementBreadcrumbs engagement={engagement} current="Debt inventory" />
      <PageHeader
        title="Debt inventory"
        description={`${snapshot.debtItems.length} debt items from ${snapshot.findings.length} findings across ${snapshot.repos.length} repositories. Priority = impact × interest ÷ effort; hover a priority for its sum.`}
      />
      <Stack gap="sm">
        {snapshot.comparison.map((change) => (
          <Alert key={change.repoName} variant="light" color="blue" data-testid="comparison">
            {change.repoName} since the analysis of {change.previousAnalysedAt.slice(0, 10)}:{' '}
            {change.newFindings} new, {change.fixedFindings} fixed, {change.stillOpen} still open.
          </Alert>
        ))}
        <Group gap="sm" align="flex-end">
          <TextInput
            aria-label="Search debt items"
            placeholder="Search title, rule, file, owner, notes"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={320}
          />
          <MultiSelect
            aria-label="Status"
            placeholder="Any status"
            data={DEBT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))}
            value={statuses}
            onChange={setStatuses}
            clearable
            w={220}
          />
          <MultiSelect
            aria-label="Severity"
            placeholder="Any severity"
            data={[...SEVERITIES]}
            value={severities}
            onChange={setSeverities}
            clearable
            w={220}
          />
          <Text size="sm" c="dimmed" ml="auto" data-testid="debt-count">
            {table.getRowModel().rows.length} shown
          </Text>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button
                disabled={selected.length === 0}
                rightSection={<IconChevronDown size={14} aria-hidden />}
              >
                {selected.length} selected
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Set status</Menu.Label>
              {DEBT_STATUSES.map((status: DebtStatus) => (
                <Menu.Item
                  key={status}
                  onClick={() => bulk({ status }, `Marked ${STATUS_LABELS[status].toLowerCase()}`)}
                >
                  {STATUS_LABELS[status]}
                </Menu.Item>
              ))}
              <Menu.Divider />
              <Menu.Item
                disabled={selected.length < 2}
                onClick={() => {
                  report(
                    mergeItems(appDatabase, engagement.id, selected),
                    `Merged ${selected.length} debt items`,
                  )
                  clearSelection()
                }}
              >
                Merge into one item
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
        <DebtTable table={table} onOpen={(item) => setOpenId(item.id)} />
      </Stack>
      <DebtItemDrawer
        item={openItem}
        findings={findings}
        onClose={() => setOpenId(null)}
        onSave={async (item, change) => {
          await triageItems(appDatabase, engagement.id, [refOf(item, findings)], change)
          notifications.show({ color: 'teal', message: 'Triage saved' })
          setOpenId(null)
        }}
        onSplit={async (item) => {
          await splitItem(appDatabase, engagement.id, refOf(item, findings))
          notifications.show({ color: 'teal', message: `Split into ${item.findingCount} items` })
          setOpenId(null)
        }}
      />
    </>
  )
}

/** Every finding of the engagement grouped into debt items the team can act on, prioritised and triaged. */
export function DebtPage(): ReactNode {
  return <EngagementRoute>{(engagement) => <DebtInventory engagement={engagement} />}</EngagementRoute>
}
