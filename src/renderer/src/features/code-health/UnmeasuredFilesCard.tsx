import { Card, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { FileReasonsTable } from '../../components/FileReasonsTable'

const SHOWN_FILES = 50

/** Source files the complexity analysis could not read or parse: its numbers leave them out. */
export function UnmeasuredFilesCard({ files }: { files: { path: string; reason: string }[] }): ReactNode {
  const shown = files.slice(0, SHOWN_FILES)
  return (
    <Card withBorder radius="md" padding="lg" data-testid="unmeasured">
      <Title order={4}>Files not measured ({files.length.toLocaleString()})</Title>
      <Text size="sm" c="dimmed" mb="sm">
        The numbers above leave these files out.
        {files.length > shown.length ? ` The first ${shown.length} are listed.` : ''}
      </Text>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          Every source file was measured.
        </Text>
      ) : (
        <FileReasonsTable files={shown} label="Files not measured" />
      )}
    </Card>
  )
}
