import { Button } from '@mantine/core'
import { IconDatabaseExport } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import type { EngagementRecord } from '../../db/records'
import { backUpEngagement } from './backup-actions'

/** Saves the engagement, with everything it owns, to one backup file. */
export function BackupButton({ engagement }: { engagement: EngagementRecord }): ReactNode {
  const [busy, setBusy] = useState(false)
  return (
    <Button
      variant="default"
      leftSection={<IconDatabaseExport size={16} aria-hidden />}
      loading={busy}
      onClick={async () => {
        setBusy(true)
        await backUpEngagement(engagement)
        setBusy(false)
      }}
    >
      Back up
    </Button>
  )
}
