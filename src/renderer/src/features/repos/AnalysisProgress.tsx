import { Button, Group, Progress, Stack, Text } from '@mantine/core'
import { IconPlayerStop } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import type { RunningAudit } from '../../stores/ui/slices/running-audits'
import { cancelAnalysis } from './audit-actions'

const PHASE_LABELS = {
  clone: 'Fetching the repository',
  scan: 'Listing files',
  analyze: 'Analysing',
} as const

/** The current step in words, a bar that fills when the step knows its total, and Cancel. */
export function AnalysisProgress({ audit }: { audit: RunningAudit }): ReactNode {
  const progress = audit.progress
  const fraction = progress?.total ? Math.min(1, progress.done / progress.total) : null
  const step = progress === null ? 'Starting' : PHASE_LABELS[progress.phase]
  return (
    <Stack gap={4} miw={260} data-testid="analysis-progress">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" fw={600} truncate>
          {step}
          {progress?.message ? ` · ${progress.message}` : ''}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          leftSection={<IconPlayerStop size={12} aria-hidden />}
          onClick={() => void cancelAnalysis(audit.jobId)}
        >
          Cancel
        </Button>
      </Group>
      <Progress
        value={fraction === null ? 100 : fraction * 100}
        animated={fraction === null}
        striped={fraction === null}
        size="sm"
        aria-label={`Analysis progress: ${step}`}
      />
    </Stack>
  )
}
