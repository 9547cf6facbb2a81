import { Badge, Text } from '@mantine/core'
import type { ReactNode } from 'react'

/** One compiler setting: on, off, or unknown when a base config outside the repository sets it. */
export function TsconfigSetting({ value }: { value: boolean | null }): ReactNode {
  if (value === null)
    return (
      <Text size="xs" c="dimmed" title="Set in a base config outside the repository">
        unknown
      </Text>
    )
  return (
    <Badge size="sm" variant="light" color={value ? 'teal' : 'red'}>
      {value ? 'on' : 'off'}
    </Badge>
  )
}
