import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconFolderOpen } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { callMain } from '../../api/diligent'
import { appDatabase } from '../../db/app-database'
import { addRepo } from '../../db/commands/repos'

interface AddRepoValues {
  sourceKind: 'url' | 'local'
  source: string
  name: string
}

const INITIAL_VALUES: AddRepoValues = { sourceKind: 'url', source: '', name: '' }

/** Adds a repository by URL or local folder; main checks the source before it is stored. */
export function AddRepoModal(props: {
  engagementId: string
  opened: boolean
  onClose: () => void
}): ReactNode {
  const { engagementId, opened, onClose } = props
  const [problem, setProblem] = useState<string | null>(null)
  const form = useForm<AddRepoValues>({
    mode: 'controlled',
    initialValues: INITIAL_VALUES,
    validate: {
      source: (value) => (value.trim() === '' ? 'Enter a repository URL or choose a folder' : null),
    },
  })

  const close = (): void => {
    form.reset()
    setProblem(null)
    onClose()
  }

  const pickFolder = async (): Promise<void> => {
    const { path } = await callMain('dialog:pick-folder', { title: 'Choose a git repository folder' })
    if (path !== null) form.setFieldValue('source', path)
  }

  const submit = form.onSubmit(async ({ sourceKind, source, name }) => {
    setProblem(null)
    const check = await callMain('source:check', { sourceKind, source })
    if (!check.ok) {
      setProblem(check.problem)
      return
    }
    try {
      const repo = await addRepo(appDatabase, {
        engagementId,
        sourceKind,
        source,
        name: name.trim() === '' ? check.suggestedName : name,
      })
      notifications.show({ color: 'teal', message: `Added ${repo.name}` })
      close()
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    }
  })

  const isUrl = form.values.sourceKind === 'url'
  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Add repository"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit} noValidate aria-label="Repository">
        <Stack gap="md">
          <SegmentedControl
            data={[
              { value: 'url', label: 'Repository URL' },
              { value: 'local', label: 'Local folder' },
            ]}
            {...form.getInputProps('sourceKind')}
            onChange={(value) => {
              form.setFieldValue('sourceKind', value as AddRepoValues['sourceKind'])
              form.setFieldValue('source', '')
              setProblem(null)
            }}
          />
          {isUrl ? (
            <TextInput
              label="URL"
              description="https or ssh. Credentials come from your git credential helper or SSH agent; Diligent never stores them."
              placeholder="https://github.com/acme/api.git"
              data-autofocus
              {...form.getInputProps('source')}
            />
          ) : (
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <TextInput
                label="Folder"
                description="Cloned into Diligent's cache; your folder is never modified."
                placeholder="/home/me/src/acme-api"
                flex={1}
                {...form.getInputProps('source')}
              />
              <Button
                variant="default"
                leftSection={<IconFolderOpen size={16} aria-hidden />}
                onClick={() => void pickFolder()}
              >
                Choose…
              </Button>
            </Group>
          )}
          <TextInput
            label="Name"
            description="Optional; defaults to the repository's name"
            {...form.getInputProps('name')}
          />
          {problem !== null && (
            <Alert color="red" title="This repository cannot be added">
              <Text size="sm">{problem}</Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Add repository
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
