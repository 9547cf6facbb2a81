import { Alert, Loader, Modal } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { ReactNode } from 'react'
import { useNavigate } from 'react-router'
import type { EngagementDraft } from '../../../../shared/domain/engagement'
import { appDatabase } from '../../db/app-database'
import { createEngagement, updateEngagement } from '../../db/commands/engagements'
import { useEngagement } from '../../hooks/use-engagements'
import { useUiStore } from '../../stores/ui/store'
import { EMPTY_ENGAGEMENT_DRAFT } from './empty-engagement-draft'
import { EngagementForm } from './EngagementForm'

function toDraft({ name, stage, startDate, endDate, notes }: EngagementDraft): EngagementDraft {
  return { name, stage, startDate, endDate, notes }
}

function EditEngagement({ engagementId, onClose }: { engagementId: string; onClose: () => void }): ReactNode {
  const engagement = useEngagement(engagementId)
  if (engagement === undefined) return <Loader size="sm" />
  if (engagement === null) return <Alert color="red">This engagement no longer exists.</Alert>
  return (
    <EngagementForm
      initialValues={toDraft(engagement)}
      submitLabel="Save changes"
      onCancel={onClose}
      onSubmit={async (draft) => {
        await updateEngagement(appDatabase, engagementId, draft)
        notifications.show({ color: 'teal', message: `Saved ${draft.name}` })
        onClose()
      }}
    />
  )
}

/** The create/edit dialog; which one is open is UI state in zustand. */
export function EngagementEditorModal(): ReactNode {
  const editor = useUiStore((state) => state.engagementEditor)
  const close = useUiStore((state) => state.closeEngagementEditor)
  const navigate = useNavigate()

  return (
    <Modal
      opened={editor !== null}
      onClose={close}
      title={editor?.mode === 'edit' ? 'Edit engagement' : 'New engagement'}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {editor?.mode === 'create' && (
        <EngagementForm
          initialValues={EMPTY_ENGAGEMENT_DRAFT}
          submitLabel="Create engagement"
          onCancel={close}
          onSubmit={async (draft) => {
            const created = await createEngagement(appDatabase, draft)
            notifications.show({ color: 'teal', message: `Created ${created.name}` })
            close()
            void navigate(`/engagements/${created.id}`)
          }}
        />
      )}
      {editor?.mode === 'edit' && <EditEngagement engagementId={editor.engagementId} onClose={close} />}
    </Modal>
  )
}
