import { Alert, Badge, Button, Group, Kbd, List, Text } from '@mantine/core'
import { IconBulb } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { labelOf } from './answer-keys'
import type { ItemView } from './checklist-view'

const CONFIDENCE_COLOR = { low: 'gray', medium: 'blue', high: 'indigo' } as const

/** The engine's proposal and the evidence behind it; accepting it is the auditor's act, never automatic. */
export function SuggestionPanel({ view, onAccept }: { view: ItemView; onAccept: () => void }): ReactNode {
  const { suggestion, answer } = view
  if (suggestion === null) {
    return view.item.evidence.length > 0 ? (
      <Text size="sm" c="dimmed" data-testid="suggestion-none">
        Diligent can suggest an answer here once a repository has been analysed.
      </Text>
    ) : null
  }
  const alreadyAccepted =
    answer?.fromSuggestion === true && !view.evidenceChanged && answer.status === suggestion.status
  return (
    <Alert
      variant="light"
      color="blue"
      icon={<IconBulb aria-hidden />}
      data-testid="suggestion"
      title={
        <Group gap="xs">
          <Text fw={600} size="sm">
            Suggested: {labelOf(suggestion.status)}
          </Text>
          <Badge size="sm" variant="outline" color={CONFIDENCE_COLOR[suggestion.confidence]}>
            {suggestion.confidence} confidence
          </Badge>
          {view.evidenceChanged && (
            <Badge size="sm" color="orange" data-testid="evidence-changed">
              Evidence changed since you answered
            </Badge>
          )}
        </Group>
      }
    >
      <List size="sm" spacing={4} mb="sm">
        {suggestion.evidence.map((line, index) => (
          <List.Item key={index}>
            <Text span size="sm" fw={500}>
              {line.repoName}:
            </Text>{' '}
            {line.fact}
            <Text size="xs" c="dimmed">
              {line.reason}
            </Text>
          </List.Item>
        ))}
      </List>
      {!alreadyAccepted && (
        <Button size="xs" variant="light" onClick={onAccept} rightSection={<Kbd size="xs">S</Kbd>}>
          Accept suggestion
        </Button>
      )}
    </Alert>
  )
}
