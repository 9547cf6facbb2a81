import { AreaChart } from '@mantine/charts'
import { Card, Text, Title } from '@mantine/core'
import dayjs from 'dayjs'
import type { ReactNode } from 'react'
import type { GitHistoryFacts } from '../../../../../shared/domain/facts/git-history-facts'

const monthLabel = (month: string): string => dayjs(`${month}-01`).format('MMM YY')

/** Commits and distinct authors per month, gaps included, so quiet periods show. */
export function ActivityChart({ history }: { history: GitHistoryFacts }): ReactNode {
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={4} mb="sm">
        Commit activity
      </Title>
      {history.commitsPerMonth.length === 0 ? (
        <Text size="sm" c="dimmed">
          This repository has no commits.
        </Text>
      ) : (
        <AreaChart
          h={220}
          data={history.commitsPerMonth}
          dataKey="month"
          curveType="linear"
          xAxisProps={{ tickFormatter: monthLabel, minTickGap: 24 }}
          series={[
            { name: 'commits', label: 'Commits', color: 'indigo.6' },
            { name: 'authors', label: 'Authors', color: 'teal.6' },
          ]}
          withLegend
        />
      )}
    </Card>
  )
}
