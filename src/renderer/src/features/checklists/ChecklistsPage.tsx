import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { IconAlertTriangle, IconArrowRight } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { STAGE_LABELS } from '../../../../shared/domain/engagement'
import { EngagementBreadcrumbs } from '../../components/EngagementBreadcrumbs'
import { EngagementRoute } from '../../components/EngagementRoute'
import { PageHeader } from '../../components/PageHeader'
import type { EngagementRecord } from '../../db/records'
import { RatingBadge } from './RatingBadge'
import { answeredCount, formatPercent } from './score-format'
import { useChecklistViews } from './use-checklist-views'

function ChecklistsOverview({ engagement }: { engagement: EngagementRecord }): ReactNode {
  const checklists = useChecklistViews(engagement)
  if (checklists === undefined) return null
  const { overall } = checklists
  return (
    <>
      <EngagementBreadcrumbs engagement={engagement} current="Checklists" />
      <PageHeader
        title="Checklists"
        description={`${overall.total} items apply at the ${STAGE_LABELS[engagement.stage].toLowerCase()} stage; ${answeredCount(overall)} answered. Rated against that stage's bar.`}
        actions={<RatingBadge score={overall} />}
      />
      <Stack gap="lg">
        {checklists.problems.length > 0 && (
          <Alert color="red" title="Some checklist files could not be loaded" icon={<IconAlertTriangle />}>
            <List size="sm">
              {checklists.problems.map((problem) => (
                <List.Item key={problem}>{problem}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {overall.redFlags.length > 0 && (
          <Alert
            color="red"
            variant="light"
            title={`Red flags at the ${STAGE_LABELS[engagement.stage]} stage`}
          >
            <List size="sm">
              {overall.redFlags.map((item) => (
                <List.Item key={item.id}>
                  <Anchor
                    component={Link}
                    to={`/engagements/${engagement.id}/checklists/${item.id.split('.')[0]}?item=${item.id}`}
                    size="sm"
                  >
                    {item.question}
                  </Anchor>{' '}
                  <Text span size="xs" c="dimmed">
                    ({item.severity})
                  </Text>
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
          {checklists.views.map((view) => (
            <Card key={view.checklist.id} withBorder radius="md" padding="lg" data-testid="checklist-card">
              <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
                <Title order={4}>{view.checklist.title}</Title>
                <RatingBadge score={view.score} />
              </Group>
              <Text size="sm" c="dimmed" mb="md" lineClamp={3}>
                {view.checklist.description}
              </Text>
              <Progress value={(answeredCount(view.score) / view.score.total) * 100} mb={4} aria-hidden />
              <Group justify="space-between" mb="md">
                <Text size="xs" c="dimmed">
                  {answeredCount(view.score)} of {view.score.total} answered · score{' '}
                  {formatPercent(view.score.score)}
                </Text>
                <Text size="xs" c="dimmed">
                  {view.items.filter((item) => item.suggestion !== null).length} with evidence
                </Text>
              </Group>
              <Button
                component={Link}
                to={`/engagements/${engagement.id}/checklists/${view.checklist.id}`}
                variant="light"
                rightSection={<IconArrowRight size={16} aria-hidden />}
              >
                {answeredCount(view.score) === 0 ? 'Start' : 'Continue'}
              </Button>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
    </>
  )
}

/** Every checklist that applies to the engagement's stage, with its progress, score and red flags. */
export function ChecklistsPage(): ReactNode {
  return <EngagementRoute>{(engagement) => <ChecklistsOverview engagement={engagement} />}</EngagementRoute>
}
