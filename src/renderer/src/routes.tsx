import { createHashRouter, Navigate } from 'react-router'
import { AppFrame } from './components/AppFrame'
import { ChecklistFlowPage } from './features/checklists/ChecklistFlowPage'
import { ChecklistsPage } from './features/checklists/ChecklistsPage'
import { DebtPage } from './features/debt/DebtPage'
import { EngagementPage } from './features/engagements/EngagementPage'
import { EngagementsPage } from './features/engagements/EngagementsPage'
import { RepoPage } from './features/repos/RepoPage'
import { SettingsPage } from './features/settings/SettingsPage'

/** Hash routes: the app is one index.html served from app://, so the path part never changes. */
export const router = createHashRouter([
  {
    element: <AppFrame />,
    children: [
      { index: true, element: <Navigate to="/engagements" replace /> },
      { path: 'engagements', element: <EngagementsPage /> },
      { path: 'engagements/:engagementId', element: <EngagementPage /> },
      { path: 'engagements/:engagementId/repos/:repoId', element: <RepoPage /> },
      { path: 'engagements/:engagementId/checklists', element: <ChecklistsPage /> },
      { path: 'engagements/:engagementId/checklists/:checklistId', element: <ChecklistFlowPage /> },
      { path: 'engagements/:engagementId/debt', element: <DebtPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <Navigate to="/engagements" replace /> },
    ],
  },
])
