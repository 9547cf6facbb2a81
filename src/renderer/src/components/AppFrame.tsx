import { AppShell, Badge, Group, NavLink, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconBriefcase, IconSettings, IconShieldCheck, IconWifi, IconWifiOff } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link, Outlet, useLocation } from 'react-router'
import { EngagementEditorModal } from '../features/engagements/EngagementEditorModal'
import { useOnlineChecks } from '../hooks/use-online-checks'

const NAVIGATION = [
  { to: '/engagements', label: 'Engagements', icon: IconBriefcase },
  { to: '/settings', label: 'Settings', icon: IconSettings },
] as const

export function AppFrame(): ReactNode {
  const { pathname } = useLocation()
  const { enabled: onlineChecks } = useOnlineChecks()
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 232, breakpoint: 0 }} padding="xl">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <ThemeIcon size="md" radius="sm" variant="filled">
              <IconShieldCheck size={18} aria-hidden />
            </ThemeIcon>
            <Text fw={700} size="lg">
              Diligent
            </Text>
            <Text c="dimmed" size="sm">
              Technical due diligence
            </Text>
          </Group>
          {onlineChecks === true ? (
            // Only package names leave the machine, and only when the auditor asks (Settings).
            <Badge variant="light" color="yellow" leftSection={<IconWifi size={12} aria-hidden />}>
              Online checks on · engagement data stays on this machine
            </Badge>
          ) : (
            <Badge variant="light" color="gray" leftSection={<IconWifiOff size={12} aria-hidden />}>
              Offline · data stays on this machine
            </Badge>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        <Stack gap={2}>
          {NAVIGATION.map(({ to, label, icon: Icon }) => (
            <NavLink
              key={to}
              component={Link}
              to={to}
              active={pathname.startsWith(to)}
              label={label}
              leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
      <EngagementEditorModal />
    </AppShell>
  )
}
