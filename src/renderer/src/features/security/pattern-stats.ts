import type { SecurityPatternFacts } from '../../../../shared/domain/facts/security-pattern-facts'
import { countNoun } from '../code-health/count-noun'
import type { SecurityStat } from './security-stats'

/** The headline numbers of the insecure-pattern check: what it found, and how much it read. */
export function patternStats(facts: SecurityPatternFacts): SecurityStat[] {
  const { critical, high, medium, low, info } = facts.countsBySeverity
  const found = facts.occurrences.length
  const { code, dockerfile } = facts.filesChecked
  const workflows = facts.filesChecked['ci-workflow']
  return [
    {
      label: 'Insecure patterns',
      value: found.toLocaleString(),
      hint: `${critical} critical · ${high} high · ${medium} medium · ${low} low · ${info} info`,
      ...(critical + high > 0 ? { tone: 'danger' as const } : found > 0 ? { tone: 'warning' as const } : {}),
    },
    {
      label: 'High or critical',
      value: (critical + high).toLocaleString(),
      hint: 'fix these first',
      ...(critical + high > 0 ? { tone: 'danger' as const } : {}),
    },
    {
      label: 'Code files checked',
      value: code.toLocaleString(),
      hint: 'JavaScript and TypeScript, read as syntax trees',
    },
    {
      label: 'Config files checked',
      value: (dockerfile + workflows).toLocaleString(),
      hint: `${countNoun(dockerfile, 'Dockerfile')} · ${countNoun(workflows, 'CI workflow')}`,
    },
  ]
}

/**
 * What an empty result means, worded so no one reads it as "the code is safe": it names what the rules
 * do not see.
 */
export function noPatternsText(facts: SecurityPatternFacts): { title: string; body: string } {
  const { code, dockerfile } = facts.filesChecked
  const checked = code + dockerfile + facts.filesChecked['ci-workflow']
  if (checked === 0)
    return {
      title: 'Nothing the rules read',
      body: 'The rules read JavaScript and TypeScript code, Dockerfiles and CI workflow files; this repository has none of them, so no insecure pattern was looked for.',
    }
  return {
    title: `No insecure pattern found in ${countNoun(checked, 'file')}`,
    body: `This does not prove the code is safe: the ${countNoun(facts.rules.length, 'rule')} recognise only the constructs they know, code in other languages is not read, and a flaw in the logic (a missing permission check) has no pattern.`,
  }
}
