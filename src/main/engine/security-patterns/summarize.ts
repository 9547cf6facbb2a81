import type { Metric } from '../../../shared/domain/audit-result'
import type {
  SecurityPatternFacts,
  SecurityPatternOccurrence,
  SecurityPatternTarget,
} from '../../../shared/domain/facts/security-pattern-facts'
import { SEVERITIES, type Severity } from '../../../shared/domain/finding'
import { severityFor } from '../files/path-policy'
import type { PatternMatch } from './pattern-match'
import { patternRuleId } from './pattern-findings'
import type { SecurityPatternRule } from './rule-pack-schema'

/** Kept occurrences (and so findings): past this, the most severe are kept and the rest counted only. */
export const MAX_OCCURRENCES = 5000

/** The matches of one file, as the code or config checks returned them. */
export interface FileMatches {
  path: string
  matches: readonly PatternMatch[]
}

const SEVERITY_RANK: Record<Severity, number> = Object.fromEntries(
  SEVERITIES.map((severity, index) => [severity, index]),
) as Record<Severity, number>

function occurrenceOf(
  path: string,
  match: PatternMatch,
  rule: SecurityPatternRule,
): SecurityPatternOccurrence {
  const { severity, loweredBecause } = severityFor(rule.severity, path)
  return {
    ruleId: patternRuleId(match.ruleId),
    path,
    line: match.line,
    column: match.column,
    snippet: match.snippet,
    severity,
    loweredBecause,
  }
}

/** The analyzer's facts: every match counted, the most severe `MAX_OCCURRENCES` kept. */
export function summarizePatterns(
  rules: readonly SecurityPatternRule[],
  files: readonly FileMatches[],
  filesChecked: Record<SecurityPatternTarget, number>,
): SecurityPatternFacts {
  const byId = new Map(rules.map((rule) => [rule.id, rule]))
  const all: SecurityPatternOccurrence[] = []
  const countsByCwe: Record<string, number> = {}
  const countsByOwasp: Record<string, number> = {}
  const countsBySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<
    Severity,
    number
  >
  for (const file of files) {
    for (const match of file.matches) {
      const rule = byId.get(match.ruleId)
      if (rule === undefined) throw new Error(`No security-pattern rule ${match.ruleId} in the packs`)
      const occurrence = occurrenceOf(file.path, match, rule)
      all.push(occurrence)
      countsByCwe[rule.cwe] = (countsByCwe[rule.cwe] ?? 0) + 1
      countsByOwasp[rule.owasp] = (countsByOwasp[rule.owasp] ?? 0) + 1
      countsBySeverity[occurrence.severity] += 1
    }
  }
  const truncated = all.length > MAX_OCCURRENCES
  const occurrences = truncated
    ? all
        .toSorted((left, right) => SEVERITY_RANK[left.severity] - SEVERITY_RANK[right.severity])
        .slice(0, MAX_OCCURRENCES)
    : all
  return {
    rules: rules.map(({ id, title, target, cwe, owasp, severity }) => ({
      id,
      title,
      target,
      cwe,
      owasp,
      severity,
    })),
    filesChecked,
    occurrences,
    countsByCwe,
    countsByOwasp,
    countsBySeverity,
    truncatedBecause: truncated
      ? `${all.length.toLocaleString('en-US')} occurrences found; only the ${MAX_OCCURRENCES.toLocaleString('en-US')} most severe are kept`
      : null,
  }
}

/** The ids are stable: checklist evidence refers to them. */
export function patternMetrics(facts: SecurityPatternFacts): Metric[] {
  const total = SEVERITIES.reduce((sum, severity) => sum + facts.countsBySeverity[severity], 0)
  return [
    {
      id: 'security-patterns/occurrences',
      label: 'Insecure code patterns found',
      value: total,
      unit: 'count',
    },
    {
      id: 'security-patterns/high-or-critical',
      label: 'Insecure code patterns of high or critical severity',
      value: facts.countsBySeverity.critical + facts.countsBySeverity.high,
      unit: 'count',
    },
    {
      id: 'security-patterns/files-checked',
      label: 'Files checked for insecure patterns',
      value: facts.filesChecked.code + facts.filesChecked.dockerfile + facts.filesChecked['ci-workflow'],
      unit: 'count',
    },
  ]
}
