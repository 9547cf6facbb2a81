import { Badge, Card, Code, Group, List, Stack, Switch, Text, Title } from '@mantine/core'
import { IconWifiOff, IconWorld } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { NPM_REGISTRY_HOST } from '../../../../shared/domain/freshness'
import { useOnlineChecks } from '../../hooks/use-online-checks'

/**
 * The one opt-in to the network: package freshness from the public npm registry. Off by default, and
 * the card says exactly what leaves the machine when it is on.
 */
export function OnlineChecksCard(): ReactNode {
  const { enabled, saving, setEnabled } = useOnlineChecks()
  return (
    <Card withBorder radius="md" padding="lg" data-testid="online-checks">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Online checks</Title>
        {enabled === true && (
          <Badge variant="light" color="blue" leftSection={<IconWorld size={12} aria-hidden />}>
            Mode: online checks on
          </Badge>
        )}
        {enabled === false && (
          <Badge variant="light" color="gray" leftSection={<IconWifiOff size={12} aria-hidden />}>
            Mode: offline
          </Badge>
        )}
      </Group>
      <Stack gap="sm">
        <Switch
          label={`Look up package freshness on ${NPM_REGISTRY_HOST}`}
          description="Off by default: nothing is looked up online. Then the only network use is cloning a repository added by URL."
          checked={enabled === true}
          disabled={enabled === undefined || saving}
          onChange={(event) => void setEnabled(event.currentTarget.checked)}
        />
        <Text size="sm">
          When on, a repository&apos;s Dependencies card can ask the public npm registry for the latest
          version of each npm package, when each pinned version was published, and whether it is deprecated.
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>
            <strong>What is sent:</strong> package names only, one HTTPS request per package to{' '}
            <Code>https://{NPM_REGISTRY_HOST}/</Code>, and only when you press Check freshness. No versions,
            source code, findings or engagement data.
          </List.Item>
          <List.Item>
            Names of the company&apos;s private packages (such as <Code>@company/billing</Code>) are sent too,
            and the registry sees this machine&apos;s IP address, as with any web request.
          </List.Item>
          <List.Item>
            Answers are kept in <Code>npm-registry-cache.json</Code> in the data folder and reused for a day.
            Turned off again, cached facts stay visible, each labelled with when it was fetched; nothing new
            is looked up.
          </List.Item>
        </List>
      </Stack>
    </Card>
  )
}
