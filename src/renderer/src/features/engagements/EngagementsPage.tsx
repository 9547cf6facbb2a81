import { Button, Center, EmptyState, Group, Kbd, Loader, Paper, Select, TextInput } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { IconBriefcase, IconFilterOff, IconPlus, IconSearch } from '@tabler/icons-react'
import { useMemo, useRef, type ReactNode } from 'react'
import { ENGAGEMENT_STAGES, STAGE_LABELS } from '../../../../shared/domain/engagement'
import { PageHeader } from '../../components/PageHeader'
import { MOD_KEY_LABEL } from '../../components/shortcut-label'
import { useEngagementSummaries } from '../../hooks/use-engagements'
import { ENGAGEMENT_SORTS, type EngagementSort } from '../../stores/ui/slices/engagement-list'
import { useUiStore } from '../../stores/ui/store'
import { EngagementsTable } from './EngagementsTable'
import { filterEngagements } from './filter-engagements'
import { RestoreBackupButton } from './RestoreBackupButton'

const STAGE_FILTER_OPTIONS = [
  { value: 'all', label: 'All stages' },
  ...ENGAGEMENT_STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] })),
]

const SORT_LABELS: Readonly<Record<EngagementSort, string>> = {
  updated: 'Recently changed',
  name: 'Company name',
  created: 'Newest first',
}
const SORT_OPTIONS = ENGAGEMENT_SORTS.map((sort) => ({ value: sort, label: SORT_LABELS[sort] }))

function FirstEngagement({ onCreate }: { onCreate: () => void }): ReactNode {
  return (
    <Paper withBorder p="xl" radius="md">
      <EmptyState
        icon={<IconBriefcase size={28} aria-hidden />}
        variant="light"
        title="No engagements yet"
        description="An engagement is the audit of one company. Create one, then add the company's repositories to analyse them offline and work through the checklists."
      >
        <EmptyState.Actions>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onCreate}>
            Create your first engagement
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  )
}

export function EngagementsPage(): ReactNode {
  const engagements = useEngagementSummaries()
  const filters = useUiStore((state) => state.engagementFilters)
  const setSearch = useUiStore((state) => state.setEngagementSearch)
  const setStage = useUiStore((state) => state.setEngagementStageFilter)
  const setSort = useUiStore((state) => state.setEngagementSort)
  const resetFilters = useUiStore((state) => state.resetEngagementFilters)
  const openCreator = useUiStore((state) => state.openEngagementCreator)
  const searchInput = useRef<HTMLInputElement>(null)

  useHotkeys([
    ['mod+N', openCreator],
    ['/', () => searchInput.current?.focus()],
  ])

  const visible = useMemo(
    () => (engagements ? filterEngagements(engagements, filters) : []),
    [engagements, filters],
  )

  return (
    <>
      <PageHeader
        title="Engagements"
        description="Each engagement is the technical audit of one company."
        actions={
          <>
            <RestoreBackupButton />
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={openCreator}
              rightSection={<Kbd size="xs">{MOD_KEY_LABEL} N</Kbd>}
            >
              New engagement
            </Button>
          </>
        }
      />
      {engagements === undefined && (
        <Center py="xl">
          <Loader aria-label="Loading engagements" />
        </Center>
      )}
      {engagements?.length === 0 && <FirstEngagement onCreate={openCreator} />}
      {engagements !== undefined && engagements.length > 0 && (
        <Paper withBorder radius="md">
          <Group p="sm" gap="sm" wrap="nowrap">
            <TextInput
              ref={searchInput}
              aria-label="Search engagements"
              placeholder="Search company or notes"
              leftSection={<IconSearch size={16} aria-hidden />}
              rightSection={<Kbd size="xs">/</Kbd>}
              value={filters.search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              flex={1}
            />
            <Select
              aria-label="Filter by stage"
              data={STAGE_FILTER_OPTIONS}
              value={filters.stage}
              allowDeselect={false}
              onChange={(value) => value !== null && setStage(value as typeof filters.stage)}
              w={200}
            />
            <Select
              aria-label="Sort by"
              data={SORT_OPTIONS}
              value={filters.sort}
              allowDeselect={false}
              onChange={(value) => value !== null && setSort(value as EngagementSort)}
              w={190}
            />
          </Group>
          {visible.length > 0 ? (
            <EngagementsTable engagements={visible} />
          ) : (
            <EmptyState
              py="xl"
              icon={<IconFilterOff size={24} aria-hidden />}
              title="No engagement matches these filters"
              description={`${engagements.length} engagement${engagements.length === 1 ? ' is' : 's are'} hidden by the search or stage filter.`}
            >
              <EmptyState.Actions>
                <Button variant="default" onClick={resetFilters}>
                  Clear filters
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          )}
        </Paper>
      )}
    </>
  )
}
