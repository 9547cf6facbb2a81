import { MantineProvider } from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import type { ReactNode } from 'react'
import { RouterProvider } from 'react-router'
import { DatabaseGate } from './components/DatabaseGate'
import { AuditJobEvents } from './features/repos/AuditJobEvents'
import { router } from './routes'
import { theme } from './theme'

export function App(): ReactNode {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <ModalsProvider>
        <Notifications position="bottom-right" />
        <DatabaseGate>
          <AuditJobEvents />
          <RouterProvider router={router} />
        </DatabaseGate>
      </ModalsProvider>
    </MantineProvider>
  )
}
