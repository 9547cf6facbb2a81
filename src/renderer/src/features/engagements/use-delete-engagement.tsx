import { List, Stack, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { useCallback } from 'react'
import { appDatabase } from '../../db/app-database'
import { deleteEngagement } from '../../db/commands/engagements'
import { getEngagementFootprint } from '../../db/queries/engagements'
import type { EngagementRecord } from '../../db/records'
import { describeFootprint } from './describe-footprint'

/** Asks before deleting, saying exactly what goes with the engagement; resolves true if it was deleted. */
export function useDeleteEngagement(): (engagement: EngagementRecord) => Promise<boolean> {
  return useCallback(async (engagement) => {
    const owned = describeFootprint(await getEngagementFootprint(appDatabase, engagement.id))
    return new Promise<boolean>((resolve) => {
      modals.openConfirmModal({
        title: `Delete ${engagement.name}?`,
        children: (
          <Stack gap="xs">
            <Text size="sm">This removes the engagement from this machine. It cannot be undone.</Text>
            {owned.length > 0 && (
              <>
                <Text size="sm">Also deleted with it:</Text>
                <List size="sm">
                  {owned.map((line) => (
                    <List.Item key={line}>{line}</List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        ),
        labels: { confirm: 'Delete engagement', cancel: 'Keep it' },
        confirmProps: { color: 'red' },
        onCancel: () => resolve(false),
        onConfirm: () => {
          deleteEngagement(appDatabase, engagement.id).then(
            () => {
              notifications.show({ color: 'gray', message: `Deleted ${engagement.name}` })
              resolve(true)
            },
            (error: unknown) => {
              notifications.show({ color: 'red', title: 'Could not delete', message: String(error) })
              resolve(false)
            },
          )
        },
      })
    })
  }, [])
}
