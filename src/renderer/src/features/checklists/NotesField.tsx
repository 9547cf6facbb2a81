import { Group, Text, Textarea } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { forwardRef, useState, type ReactNode } from 'react'
import { ANSWER_NOTES_MAX } from '../../db/commands/answers'

interface NotesFieldProps {
  initialNotes: string
  onSave: (notes: string) => Promise<void>
}

const SAVE_DELAY_MS = 400

/**
 * Notes are saved as they are typed, a moment after the last key, and at once when the field loses
 * focus or the item changes (the parent keys this field by item, so unmounting flushes).
 */
export const NotesField = forwardRef<HTMLTextAreaElement, NotesFieldProps>(function NotesField(
  { initialNotes, onSave },
  ref,
): ReactNode {
  const [notes, setNotes] = useState(initialNotes)
  const [state, setState] = useState<'saved' | 'pending' | 'error'>('saved')
  const save = useDebouncedCallback(
    (text: string) =>
      void onSave(text).then(
        () => setState('saved'),
        () => setState('error'),
      ),
    { delay: SAVE_DELAY_MS, flushOnUnmount: true },
  )
  return (
    <div>
      <Textarea
        ref={ref}
        label="Notes"
        description="What you saw, whom you asked, what to follow up. Saved as you type."
        autosize
        minRows={3}
        maxRows={12}
        maxLength={ANSWER_NOTES_MAX}
        value={notes}
        onChange={(event) => {
          setNotes(event.currentTarget.value)
          setState('pending')
          save(event.currentTarget.value)
        }}
        onBlur={() => save.flush()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') event.currentTarget.blur()
        }}
      />
      <Group justify="flex-end" mt={4}>
        <Text size="xs" c={state === 'error' ? 'red' : 'dimmed'} data-testid="notes-state">
          {state === 'saved' ? 'Saved' : state === 'pending' ? 'Saving…' : 'Could not save: try again'}
        </Text>
      </Group>
    </div>
  )
})
