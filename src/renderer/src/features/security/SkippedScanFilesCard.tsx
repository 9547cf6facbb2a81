import { Card, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { FileReasonsTable } from '../../components/FileReasonsTable'
import type { SkippedSecretScan } from '../../../../shared/domain/facts/secrets-facts'

const SHOWN_FILES = 50

/** Files the secrets scan did not read: a secret in one of them would not be found. */
export function SkippedScanFilesCard({ files }: { files: readonly SkippedSecretScan[] }): ReactNode {
  const shown = files.slice(0, SHOWN_FILES)
  return (
    <Card withBorder radius="md" padding="lg" data-testid="secrets-skipped">
      <Title order={4}>Files not searched ({files.length.toLocaleString()})</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {files.length === 0
          ? 'The scan read every tracked file.'
          : `A secret in these would not be found; check them by hand if they matter.${files.length > shown.length ? ` The first ${shown.length} are listed.` : ''}`}
      </Text>
      {shown.length > 0 && <FileReasonsTable files={shown} label="Files not searched for secrets" />}
    </Card>
  )
}
