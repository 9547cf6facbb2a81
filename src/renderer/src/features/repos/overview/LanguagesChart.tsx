import { BarChart } from '@mantine/charts'
import { Card, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { InventoryFacts } from '../../../../../shared/domain/facts/inventory-facts'

const CHART_LANGUAGES = 10

/** Lines of code by language: the chart for the shape, the table for the numbers. */
export function LanguagesChart({ inventory }: { inventory: InventoryFacts }): ReactNode {
  const top = inventory.languages.slice(0, CHART_LANGUAGES)
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={4} mb="sm">
        Lines of code by language
      </Title>
      {top.length === 0 ? (
        <Text size="sm" c="dimmed">
          No source files were counted.
        </Text>
      ) : (
        <>
          <BarChart
            h={Math.max(120, top.length * 34)}
            data={top.map((language) => ({
              language: language.language,
              code: language.code,
              comment: language.comment,
            }))}
            dataKey="language"
            orientation="vertical"
            type="stacked"
            yAxisProps={{ width: 110 }}
            series={[
              { name: 'code', label: 'Code', color: 'indigo.6' },
              { name: 'comment', label: 'Comments', color: 'gray.4' },
            ]}
            withLegend
          />
          <Table mt="md" striped fz="sm" aria-label="Languages">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Language</Table.Th>
                <Table.Th ta="right">Files</Table.Th>
                <Table.Th ta="right">Code</Table.Th>
                <Table.Th ta="right">Comments</Table.Th>
                <Table.Th ta="right">Blank</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inventory.languages.map((language) => (
                <Table.Tr key={language.language}>
                  <Table.Td>{language.language}</Table.Td>
                  <Table.Td ta="right">{language.files.toLocaleString()}</Table.Td>
                  <Table.Td ta="right">{language.code.toLocaleString()}</Table.Td>
                  <Table.Td ta="right">{language.comment.toLocaleString()}</Table.Td>
                  <Table.Td ta="right">{language.blank.toLocaleString()}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Card>
  )
}
