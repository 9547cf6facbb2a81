import { Anchor, Badge, Card, Divider, Group, Kbd, Stack, Text, Title } from '@mantine/core'
import type { ReactNode, Ref } from 'react'
import type { AnswerStatus } from '../../../../shared/domain/checklist-answer'
import type { FindingRecord } from '../../db/records'
import { FLOW_KEYS } from './answer-keys'
import { AnswerButtons } from './AnswerButtons'
import type { ItemView } from './checklist-view'
import { LinkedFindings } from './LinkedFindings'
import { NotesField } from './NotesField'
import { SuggestionPanel } from './SuggestionPanel'

const SEVERITY_COLOR = { critical: 'red', high: 'orange', medium: 'yellow', low: 'gray' } as const

interface ItemCardProps {
  view: ItemView
  position: string
  findings: readonly FindingRecord[]
  /** Reaches the notes field, so a shortcut can focus it. */
  ref: Ref<HTMLTextAreaElement>
  onAnswer: (status: AnswerStatus) => void
  onAcceptSuggestion: () => void
  onSaveNotes: (notes: string) => Promise<void>
  onLinkFindings: (fingerprints: string[]) => void
}

/** One checklist item: the question, why it matters, how to check it, the evidence, and the answer. */
export function ItemCard({ ref, ...props }: ItemCardProps): ReactNode {
  const { view } = props
  const { item } = view
  return (
    <Card withBorder radius="md" padding="lg" data-testid="checklist-item" data-item-id={item.id}>
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {props.position}
          </Text>
          <Group gap={6}>
            <Badge size="sm" variant="light" color={SEVERITY_COLOR[item.severity]}>
              {item.severity} if not
            </Badge>
            <Badge size="sm" variant="outline" color="gray">
              weight {item.weight}
            </Badge>
          </Group>
        </Group>
        <Title order={3} fz="h4">
          {item.question}
        </Title>
        <Text size="sm">{item.why}</Text>
        <div>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={2}>
            How to check
          </Text>
          <Text size="sm">{item.howToCheck}</Text>
        </div>
        {item.references.length > 0 && (
          <Group gap={6}>
            {item.references.map((reference) => (
              <Badge key={`${reference.framework} ${reference.id}`} size="xs" variant="default">
                {reference.framework} {reference.id}
              </Badge>
            ))}
          </Group>
        )}
        <SuggestionPanel view={view} onAccept={props.onAcceptSuggestion} />
        <Divider />
        <AnswerButtons answer={view.answer} onAnswer={props.onAnswer} />
        <NotesField
          key={item.id}
          ref={ref}
          initialNotes={view.answer?.notes ?? ''}
          onSave={props.onSaveNotes}
        />
        <LinkedFindings
          findings={props.findings}
          linked={view.answer?.linkedFindingFingerprints ?? []}
          onChange={props.onLinkFindings}
        />
        <Text size="xs" c="dimmed">
          <Kbd size="xs">{FLOW_KEYS.next.toUpperCase()}</Kbd> next ·{' '}
          <Kbd size="xs">{FLOW_KEYS.previous.toUpperCase()}</Kbd> previous · <Kbd size="xs">Y</Kbd>{' '}
          <Kbd size="xs">P</Kbd> <Kbd size="xs">N</Kbd> <Kbd size="xs">A</Kbd> <Kbd size="xs">U</Kbd> answer ·{' '}
          <Kbd size="xs">S</Kbd> accept suggestion · <Kbd size="xs">E</Kbd> notes (<Kbd size="xs">Esc</Kbd> to
          leave) · <Kbd size="xs">⌫</Kbd> clear ·{' '}
          <Anchor size="xs" href="#top">
            top
          </Anchor>
        </Text>
      </Stack>
    </Card>
  )
}
