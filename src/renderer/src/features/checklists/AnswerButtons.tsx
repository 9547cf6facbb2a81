import { Button, Group, Kbd, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import type { AnswerStatus } from '../../../../shared/domain/checklist-answer'
import { formatDateTime } from '../../components/format'
import type { AnswerRecord } from '../../db/records'
import { ANSWER_OPTIONS, labelOf } from './answer-keys'

interface AnswerButtonsProps {
  answer: AnswerRecord | null
  onAnswer: (status: AnswerStatus) => void
}

/** The five answers as buttons, the chosen one filled; who decided and when, underneath. */
export function AnswerButtons({ answer, onAnswer }: AnswerButtonsProps): ReactNode {
  const chosen = answer?.status ?? null
  return (
    <div>
      <Group gap="xs" role="radiogroup" aria-label="Answer">
        {ANSWER_OPTIONS.map((option) => (
          <Button
            key={option.status}
            role="radio"
            aria-checked={chosen === option.status}
            variant={chosen === option.status ? 'filled' : 'default'}
            color={option.color}
            onClick={() => onAnswer(option.status)}
            rightSection={<Kbd size="xs">{option.key.toUpperCase()}</Kbd>}
          >
            {option.label}
          </Button>
        ))}
      </Group>
      <Text size="xs" c="dimmed" mt={6} data-testid="answer-provenance">
        {answer?.status && answer.decidedAt
          ? `${labelOf(answer.status)}, decided by the auditor${answer.fromSuggestion ? ' (accepting the suggestion)' : ''} on ${formatDateTime(answer.decidedAt)}`
          : 'Not answered yet'}
      </Text>
    </div>
  )
}
