import { notifications } from '@mantine/notifications'
import { backupFileName } from '../../../../shared/backup/backup-file-name'
import { callMain } from '../../api/diligent'
import { appDatabase } from '../../db/app-database'
import { exportEngagementBackup, restoreEngagementBackup } from '../../db/commands/backup'
import type { EngagementRecord } from '../../db/records'
import { describeFootprint } from './describe-footprint'

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Writes the engagement and everything it owns to one file the auditor chooses. */
export async function backUpEngagement(engagement: EngagementRecord): Promise<void> {
  try {
    const { version } = await callMain('app:get-info', {})
    const backup = await exportEngagementBackup(appDatabase, engagement.id, version)
    const { path } = await callMain('backup:save', {
      suggestedName: backupFileName(engagement.name, new Date()),
      content: JSON.stringify(backup),
    })
    if (path === null) return
    notifications.show({ color: 'teal', title: `Backed up ${engagement.name}`, message: path })
  } catch (error) {
    notifications.show({
      color: 'red',
      title: `Could not back up ${engagement.name}`,
      message: messageOf(error),
      autoClose: false,
    })
  }
}

/** Restores the backup file the auditor picks; resolves to the restored engagement, or null if there is none. */
export async function restoreFromBackup(): Promise<EngagementRecord | null> {
  let fileName = 'the backup'
  try {
    const { file } = await callMain('backup:open', {})
    if (file === null) return null
    fileName = file.name
    const { engagement, counts } = await restoreEngagementBackup(appDatabase, file.content)
    const contents = describeFootprint(counts)
    notifications.show({
      color: 'teal',
      title: `Restored ${engagement.name}`,
      message: contents.length > 0 ? `With ${contents.join(', ')}.` : 'It holds no repositories yet.',
    })
    return engagement
  } catch (error) {
    notifications.show({
      color: 'red',
      title: `Could not restore ${fileName}`,
      message: messageOf(error),
      autoClose: false,
    })
    return null
  }
}
