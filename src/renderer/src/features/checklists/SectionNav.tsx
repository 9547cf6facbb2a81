import { Badge, Group, NavLink, ScrollArea, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core'
import {
  IconCircle,
  IconCircleCheck,
  IconCircleDashed,
  IconCircleHalf2,
  IconCircleX,
  IconHelpCircle,
} from '@tabler/icons-react'
import type { ReactNode } from 'react'
import type { AnswerStatus } from '../../../../shared/domain/checklist-answer'
import type { ChecklistView, ItemView } from './checklist-view'
import { RatingBadge } from './RatingBadge'
import { answeredCount } from './score-format'

const STATUS_ICON: Record<
  AnswerStatus | 'unanswered',
  { icon: typeof IconCircle; color: string; label: string }
> = {
  yes: { icon: IconCircleCheck, color: 'teal', label: 'Yes' },
  partly: { icon: IconCircleHalf2, color: 'yellow', label: 'Partly' },
  no: { icon: IconCircleX, color: 'red', label: 'No' },
  'not-applicable': { icon: IconCircleDashed, color: 'gray', label: 'Not applicable' },
  unknown: { icon: IconHelpCircle, color: 'grape', label: 'Unknown' },
  unanswered: { icon: IconCircle, color: 'gray', label: 'Unanswered' },
}

function ItemStatusIcon({ view }: { view: ItemView }): ReactNode {
  const status = STATUS_ICON[view.answer?.status ?? 'unanswered']
  const Icon = status.icon
  return (
    <ThemeIcon variant="transparent" color={status.color} size="sm" aria-label={status.label}>
      <Icon size={16} />
    </ThemeIcon>
  )
}

interface SectionNavProps {
  view: ChecklistView
  visible: ReadonlySet<string>
  currentItemId: string
  onSelect: (itemId: string) => void
}

/** Sections with their progress and rating; the current section opens onto its items. */
export function SectionNav({ view, visible, currentItemId, onSelect }: SectionNavProps): ReactNode {
  const currentSection = view.items.find((item) => item.item.id === currentItemId)?.sectionId
  return (
    <ScrollArea.Autosize mah="calc(100vh - 260px)" type="auto" offsetScrollbars>
      <Stack gap={2} aria-label="Sections">
        {view.sections.map((section) => (
          <NavLink
            key={section.id}
            active={section.id === currentSection}
            opened={section.id === currentSection}
            label={section.title}
            description={
              <Group gap={6} mt={2}>
                <Text span size="xs" c="dimmed">
                  {answeredCount(section.score)} of {section.score.total} answered
                </Text>
                <RatingBadge score={section.score} />
              </Group>
            }
            onClick={() => {
              const first = section.items.find((item) => visible.has(item.item.id)) ?? section.items[0]
              if (first) onSelect(first.item.id)
            }}
            childrenOffset={8}
          >
            {section.items
              .filter((item) => visible.has(item.item.id))
              .map((item) => (
                <UnstyledButton
                  key={item.item.id}
                  onClick={() => onSelect(item.item.id)}
                  aria-current={item.item.id === currentItemId ? 'step' : undefined}
                  py={4}
                  px={6}
                  style={{
                    borderRadius: 4,
                    background:
                      item.item.id === currentItemId ? 'var(--mantine-color-blue-light)' : undefined,
                  }}
                >
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <ItemStatusIcon view={item} />
                    <Text size="xs" lineClamp={2} style={{ flex: 1 }}>
                      {item.item.question}
                    </Text>
                    {item.suggestion !== null && item.answer?.status == null && (
                      <Badge size="xs" variant="dot" color="blue">
                        evidence
                      </Badge>
                    )}
                  </Group>
                </UnstyledButton>
              ))}
          </NavLink>
        ))}
      </Stack>
    </ScrollArea.Autosize>
  )
}
