import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { zod4Resolver } from 'mantine-form-zod-resolver'
import type { ReactNode } from 'react'
import {
  ENGAGEMENT_NAME_MAX,
  ENGAGEMENT_STAGES,
  EngagementDraftSchema,
  STAGE_LABELS,
  type EngagementDraft,
} from '../../../../shared/domain/engagement'

const STAGE_OPTIONS = ENGAGEMENT_STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }))

interface EngagementFormProps {
  initialValues: EngagementDraft
  submitLabel: string
  onSubmit: (draft: EngagementDraft) => Promise<void>
  onCancel: () => void
}

/** The one form for creating and editing an engagement, validated by the shared schema. */
export function EngagementForm({
  initialValues,
  submitLabel,
  onSubmit,
  onCancel,
}: EngagementFormProps): ReactNode {
  const form = useForm<EngagementDraft>({
    mode: 'controlled',
    initialValues,
    validate: zod4Resolver(EngagementDraftSchema),
    validateInputOnBlur: true,
  })

  const submit = form.onSubmit(async (values) => {
    await onSubmit(EngagementDraftSchema.parse(values))
  })

  return (
    <form onSubmit={submit} noValidate aria-label="Engagement">
      <Stack gap="md">
        <TextInput
          label="Company"
          description="The company under audit"
          placeholder="Acme Robotics"
          required
          data-autofocus
          maxLength={ENGAGEMENT_NAME_MAX}
          {...form.getInputProps('name')}
        />
        <Select
          label="Stage"
          description="Decides which checklist items apply and which thresholds are red flags"
          data={STAGE_OPTIONS}
          allowDeselect={false}
          required
          {...form.getInputProps('stage')}
        />
        <SimpleGrid cols={2}>
          <DateInput
            label="Start date"
            placeholder="Not set"
            valueFormat="D MMM YYYY"
            clearable
            {...form.getInputProps('startDate')}
          />
          <DateInput
            label="End date"
            placeholder="Not set"
            valueFormat="D MMM YYYY"
            clearable
            {...form.getInputProps('endDate')}
          />
        </SimpleGrid>
        <Textarea
          label="Notes"
          description="Scope, contacts, what the investor asked for"
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps('notes')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
