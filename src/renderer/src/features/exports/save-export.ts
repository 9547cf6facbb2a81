import { notifications } from '@mantine/notifications'

/**
 * Runs an export that main saves through its dialog, and tells the auditor how it went: the path when
 * saved, nothing when they cancelled, the reason when it failed. Returns whether a file was written.
 */
export async function saveExportWithNotice(
  label: string,
  save: () => Promise<{ path: string | null }>,
): Promise<boolean> {
  try {
    const { path } = await save()
    if (path === null) return false
    notifications.show({ color: 'teal', title: `${label} saved`, message: path })
    return true
  } catch (error) {
    notifications.show({
      color: 'red',
      title: 'Export failed',
      message: error instanceof Error ? error.message : String(error),
    })
    return false
  }
}
