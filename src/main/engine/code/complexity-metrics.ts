import type { Metric } from '../../../shared/domain/audit-result'
import type { ComplexityFacts } from '../../../shared/domain/facts/complexity-facts'
import { COGNITIVE_LIMIT, CYCLOMATIC_LIMIT } from '../../../shared/domain/facts/complexity-facts'

const round1 = (value: number): number => Math.round(value * 10) / 10

export function complexityMetrics(facts: ComplexityFacts): Metric[] {
  const { totals } = facts
  const cognitiveTotal = facts.files.reduce((sum, file) => sum + file.cognitiveSum, 0)
  const strictOff = facts.tsconfigs.filter((config) => config.strict === false).length
  return [
    {
      id: 'complexity/files',
      label: 'JavaScript/TypeScript files measured',
      value: totals.files,
      unit: 'count',
    },
    { id: 'complexity/functions', label: 'Functions', value: totals.functions, unit: 'count' },
    {
      id: 'complexity/complex-functions',
      label: `Functions over cognitive ${COGNITIVE_LIMIT} or cyclomatic ${CYCLOMATIC_LIMIT}`,
      value: totals.complexFunctions,
      unit: 'count',
    },
    {
      id: 'complexity/mean-cognitive',
      label: 'Mean cognitive complexity per function',
      value: totals.functions === 0 ? 0 : round1(cognitiveTotal / totals.functions),
      unit: 'ratio',
    },
    {
      id: 'complexity/duplication',
      label: 'Duplicated code',
      value: round1(facts.duplication.percentage),
      unit: 'percent',
    },
    { id: 'complexity/any', label: '`any` types', value: totals.anyCount, unit: 'count' },
    {
      id: 'complexity/suppressions',
      label: '@ts-ignore, @ts-expect-error and eslint-disable comments',
      value: totals.tsIgnore + totals.tsExpectError + totals.eslintDisable,
      unit: 'count',
    },
    {
      id: 'complexity/markers',
      label: 'TODO, FIXME, HACK and XXX comments',
      value: totals.markers,
      unit: 'count',
    },
    {
      id: 'complexity/tsconfigs-not-strict',
      label: 'tsconfigs with strict off',
      value: strictOff,
      unit: 'count',
    },
  ]
}
