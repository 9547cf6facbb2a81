import type { AnswerStatus } from '../../../../shared/domain/checklist-answer'

/** The five answers, their labels and the key that gives each (shown on the buttons). */
export const ANSWER_OPTIONS: readonly { status: AnswerStatus; label: string; key: string; color: string }[] =
  [
    { status: 'yes', label: 'Yes', key: 'y', color: 'teal' },
    { status: 'partly', label: 'Partly', key: 'p', color: 'yellow' },
    { status: 'no', label: 'No', key: 'n', color: 'red' },
    { status: 'not-applicable', label: 'Not applicable', key: 'a', color: 'gray' },
    { status: 'unknown', label: 'Unknown', key: 'u', color: 'grape' },
  ]

export const labelOf = (status: AnswerStatus): string =>
  ANSWER_OPTIONS.find((option) => option.status === status)?.label ?? status

/** The other shortcuts of the guided flow, for the legend. */
export const FLOW_KEYS = {
  next: 'j',
  previous: 'k',
  acceptSuggestion: 's',
  focusNotes: 'e',
  clear: 'Backspace',
} as const
