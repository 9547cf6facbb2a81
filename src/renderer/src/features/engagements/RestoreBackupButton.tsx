import { Button } from '@mantine/core'
import { IconDatabaseImport } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { restoreFromBackup } from './backup-actions'

/** Restores an engagement from a backup file and opens it. */
export function RestoreBackupButton(): ReactNode {
  const [busy, setBusy] = useState(false)
  const navigate = useNavigate()
  return (
    <Button
      variant="default"
      leftSection={<IconDatabaseImport size={16} aria-hidden />}
      loading={busy}
      onClick={async () => {
        setBusy(true)
        const restored = await restoreFromBackup()
        setBusy(false)
        if (restored !== null) void navigate(`/engagements/${restored.id}`)
      }}
    >
      Restore from backup
    </Button>
  )
}
