import { Alert, Anchor, Grid, Group, Progress, SegmentedControl, Stack, Text } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useEffect, useRef, type ReactNode } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import type { AnswerStatus } from '../../../../shared/domain/checklist-answer'
import { EngagementBreadcrumbs } from '../../components/EngagementBreadcrumbs'
import { EngagementRoute } from '../../components/EngagementRoute'
import { PageHeader } from '../../components/PageHeader'
import { appDatabase } from '../../db/app-database'
import { decideAnswer, linkFindings, saveAnswerNotes, type AnswerKey } from '../../db/commands/answers'
import type { EngagementRecord } from '../../db/records'
import { ITEM_FILTERS, type ItemFilter } from '../../stores/ui/slices/checklist-flow'
import { useUiStore } from '../../stores/ui/store'
import { ANSWER_OPTIONS, FLOW_KEYS } from './answer-keys'
import { matchesFilter, type ChecklistView, type ItemView } from './checklist-view'
import { ItemCard } from './ItemCard'
import { RatingBadge } from './RatingBadge'
import { answeredCount } from './score-format'
import { SectionNav } from './SectionNav'
import { useChecklistViews } from './use-checklist-views'

const FILTER_LABELS: Record<ItemFilter, string> = {
  all: 'All',
  unanswered: 'Unanswered',
  failed: 'No or partly',
  suggested: 'Suggested',
}

function reportFailure(error: unknown): void {
  notifications.show({
    color: 'red',
    title: 'Not saved',
    message: error instanceof Error ? error.message : String(error),
  })
}

/** The item after (or before) the current one among those the filter shows, in checklist order. */
function neighbour(
  view: ChecklistView,
  visible: readonly ItemView[],
  currentId: string,
  step: 1 | -1,
): ItemView | undefined {
  const order = view.items.map((item) => item.item.id)
  const position = order.indexOf(currentId)
  const candidates =
    step === 1
      ? visible.filter((item) => order.indexOf(item.item.id) > position)
      : visible.filter((item) => order.indexOf(item.item.id) < position).reverse()
  return candidates[0]
}

function ChecklistFlow({
  engagement,
  checklistId,
}: {
  engagement: EngagementRecord
  checklistId: string
}): ReactNode {
  const checklists = useChecklistViews(engagement)
  const [searchParams, setSearchParams] = useSearchParams()
  const filter = useUiStore((state) => state.checklistFilter)
  const setFilter = useUiStore((state) => state.setChecklistFilter)
  const notesRef = useRef<HTMLTextAreaElement>(null)

  const view = checklists?.views.find((candidate) => candidate.checklist.id === checklistId)
  const visible = view?.items.filter((item) => matchesFilter(item, filter)) ?? []
  const current =
    view?.items.find((item) => item.item.id === searchParams.get('item')) ?? visible[0] ?? view?.items[0]

  // Keys can arrive faster than React re-renders: the item they act on is tracked here, moved at once by
  // `select`, so "J then U" answers the next item even before it is on screen.
  const cursor = useRef<string | null>(null)
  useEffect(() => {
    cursor.current = current?.item.id ?? null
  }, [current])
  const target = (): ItemView | undefined =>
    view?.items.find((item) => item.item.id === cursor.current) ?? current

  const select = (itemId: string | undefined): void => {
    if (itemId === undefined) return
    cursor.current = itemId
    setSearchParams({ item: itemId }, { replace: true })
  }
  const keyOf = (item: ItemView): AnswerKey => ({
    engagementId: engagement.id,
    checklistId,
    itemId: item.item.id,
  })
  const answer = (status: AnswerStatus | null, fromSuggestion = false): void => {
    const item = target()
    if (item === undefined) return
    decideAnswer(appDatabase, keyOf(item), {
      status,
      fromSuggestion,
      evidenceKey: item.suggestion?.key ?? null,
    }).catch(reportFailure)
  }
  const acceptSuggestion = (): void => {
    const suggestion = target()?.suggestion
    if (suggestion) answer(suggestion.status, true)
  }
  const move = (step: 1 | -1): void => {
    const item = target()
    if (view && item) select(neighbour(view, visible, item.item.id, step)?.item.id)
  }

  useHotkeys([
    [FLOW_KEYS.next, () => move(1)],
    [FLOW_KEYS.previous, () => move(-1)],
    ['ArrowRight', () => move(1)],
    ['ArrowLeft', () => move(-1)],
    ...ANSWER_OPTIONS.map((option): [string, () => void] => [option.key, () => answer(option.status)]),
    [FLOW_KEYS.acceptSuggestion, acceptSuggestion],
    [FLOW_KEYS.focusNotes, () => notesRef.current?.focus()],
    [FLOW_KEYS.clear, () => answer(null)],
  ])

  if (checklists === undefined) return null
  if (view === undefined || current === undefined)
    return (
      <Alert color="yellow" title="No such checklist at this stage">
        <Anchor component={Link} to={`/engagements/${engagement.id}/checklists`}>
          Back to the checklists
        </Anchor>
      </Alert>
    )

  const sectionOf = view.sections.find((section) => section.id === current.sectionId)
  const index = view.items.indexOf(current)
  return (
    <>
      <EngagementBreadcrumbs
        engagement={engagement}
        via={[{ label: 'Checklists', to: `/engagements/${engagement.id}/checklists` }]}
        current={view.checklist.title}
      />
      <PageHeader
        title={view.checklist.title}
        description={view.checklist.description}
        actions={<RatingBadge score={view.score} />}
      />
      <Group gap="sm" mb="md" wrap="nowrap">
        <Progress
          value={(answeredCount(view.score) / view.score.total) * 100}
          style={{ flex: 1 }}
          aria-label="Checklist progress"
        />
        <Text size="sm" c="dimmed" data-testid="checklist-progress">
          {answeredCount(view.score)} / {view.score.total} answered
        </Text>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="sm">
            <SegmentedControl
              size="xs"
              fullWidth
              aria-label="Show items"
              value={filter}
              onChange={(value) => setFilter(value as ItemFilter)}
              data={ITEM_FILTERS.map((value) => ({ value, label: FILTER_LABELS[value] }))}
            />
            {visible.length === 0 && (
              <Text size="sm" c="dimmed">
                No item matches this filter.
              </Text>
            )}
            <SectionNav
              view={view}
              visible={new Set(visible.map((item) => item.item.id))}
              currentItemId={current.item.id}
              onSelect={select}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <ItemCard
            ref={notesRef}
            view={current}
            position={`${sectionOf?.title ?? ''} · item ${index + 1} of ${view.items.length}`}
            findings={checklists.findings}
            onAnswer={(status) => answer(status)}
            onAcceptSuggestion={acceptSuggestion}
            onSaveNotes={(notes) => saveAnswerNotes(appDatabase, keyOf(current), notes)}
            onLinkFindings={(fingerprints) =>
              linkFindings(appDatabase, keyOf(current), fingerprints).catch(reportFailure)
            }
          />
        </Grid.Col>
      </Grid>
    </>
  )
}

/** One checklist, one item at a time, answered from the keyboard with the evidence beside it. */
export function ChecklistFlowPage(): ReactNode {
  const { checklistId = '' } = useParams()
  return (
    <EngagementRoute>
      {(engagement) => <ChecklistFlow engagement={engagement} checklistId={checklistId} />}
    </EngagementRoute>
  )
}
