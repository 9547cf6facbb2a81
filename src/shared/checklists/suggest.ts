import type { Metric } from '../domain/audit-result'
import { SEVERITIES, type Severity } from '../domain/finding'
import type { ChecklistItem, EvidenceRule, MetricCondition } from './checklist-schema'

/** What the engine knows about one repository: its latest successful run. */
export interface RepoEvidence {
  repoName: string
  metrics: readonly Metric[]
  findings: readonly { fingerprint: string; ruleId: string; severity: Severity; title: string }[]
  /** Analyzers that ran to completion: an "absent" rule only speaks for these. */
  succeededAnalyzers: readonly string[]
}

export type SuggestedStatus = 'yes' | 'partly' | 'no'
export type Confidence = 'low' | 'medium' | 'high'

export interface EvidenceLine {
  repoName: string
  /** The measured fact: "Truck factor: 1", "2 findings: Truck factor of 1: …". */
  fact: string
  /** Why that fact points to the suggested answer (the rule's own words). */
  reason: string
  suggests: SuggestedStatus
  findingFingerprints: string[]
}

export interface Suggestion {
  status: SuggestedStatus
  confidence: Confidence
  evidence: EvidenceLine[]
  /** Changes whenever the status or the evidence does: answers remember it to flag changed evidence. */
  key: string
}

const STATUS_ORDER: readonly SuggestedStatus[] = ['no', 'partly', 'yes']
const CONFIDENCE_ORDER: readonly Confidence[] = ['low', 'medium', 'high']
const MAX_TITLES_SHOWN = 3

const compare = {
  '<': (left: number, right: number) => left < right,
  '<=': (left: number, right: number) => left <= right,
  '>': (left: number, right: number) => left > right,
  '>=': (left: number, right: number) => left >= right,
  '==': (left: number, right: number) => left === right,
  '!=': (left: number, right: number) => left !== right,
} as const

function formatMetric(metric: Metric): string {
  const value = metric.value.toLocaleString('en-US')
  const unit = { percent: '%', days: ' days', bytes: ' bytes', lines: ' lines', count: '', ratio: '' }[
    metric.unit
  ]
  return `${metric.label}: ${value}${unit}`
}

function matchesPattern(ruleId: string, pattern: string): boolean {
  return pattern.endsWith('/*') ? ruleId.startsWith(pattern.slice(0, -1)) : ruleId === pattern
}

const atLeast = (severity: Severity, minimum: Severity | undefined): boolean =>
  minimum === undefined || SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(minimum)

/** The repository's metric when it meets the condition; undefined when it does not, or was not measured. */
function metricMeeting(condition: MetricCondition, repo: RepoEvidence): Metric | undefined {
  const metric = repo.metrics.find((entry) => entry.id === condition.metricId)
  return metric !== undefined && compare[condition.op](metric.value, condition.value) ? metric : undefined
}

/** The fact one rule establishes about one repository, or null when the rule says nothing there. */
function evaluate(
  rule: EvidenceRule,
  repo: RepoEvidence,
): Omit<EvidenceLine, 'repoName' | 'reason' | 'suggests'> | null {
  if (rule.onlyIf !== undefined && metricMeeting(rule.onlyIf, repo) === undefined) return null
  if (rule.source === 'metric') {
    const metric = metricMeeting(rule, repo)
    return metric === undefined ? null : { fact: formatMetric(metric), findingFingerprints: [] }
  }
  const matching = repo.findings.filter(
    (finding) =>
      rule.ruleIds.some((pattern) => matchesPattern(finding.ruleId, pattern)) &&
      atLeast(finding.severity, rule.minSeverity),
  )
  if (rule.when === 'present') {
    if (matching.length === 0) return null
    const titles = matching.slice(0, MAX_TITLES_SHOWN).map((finding) => finding.title)
    const more = matching.length > MAX_TITLES_SHOWN ? `, and ${matching.length - MAX_TITLES_SHOWN} more` : ''
    return {
      fact: `${matching.length} finding${matching.length === 1 ? '' : 's'}: ${titles.join('; ')}${more}`,
      findingFingerprints: matching.map((finding) => finding.fingerprint),
    }
  }
  const analyzersRan = rule.ruleIds.every((pattern) =>
    repo.succeededAnalyzers.includes(pattern.split('/')[0] ?? ''),
  )
  if (!analyzersRan || matching.length > 0) return null
  return { fact: `No findings of ${rule.ruleIds.join(', ')}`, findingFingerprints: [] }
}

/** FNV-1a over the text: a short, stable key, not a security measure. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/**
 * The engine's proposal for one item, from every repository's latest run: each rule that matches adds a
 * line of evidence; the most cautious status among them wins (a "no" anywhere is a "no"), with the
 * highest confidence among the rules that say it. Null when no rule matches: the engine has no view.
 */
export function suggestAnswer(item: ChecklistItem, repos: readonly RepoEvidence[]): Suggestion | null {
  const lines: (EvidenceLine & { confidence: Confidence })[] = []
  for (const rule of item.evidence)
    for (const repo of repos) {
      const found = evaluate(rule, repo)
      if (found !== null)
        lines.push({
          ...found,
          repoName: repo.repoName,
          reason: rule.reason,
          suggests: rule.suggests,
          confidence: rule.confidence,
        })
    }
  if (lines.length === 0) return null
  const status = STATUS_ORDER.find((candidate) =>
    lines.some((line) => line.suggests === candidate),
  ) as SuggestedStatus
  const confidence = lines
    .filter((line) => line.suggests === status)
    .map((line) => line.confidence)
    .reduce((best, next) => (CONFIDENCE_ORDER.indexOf(next) > CONFIDENCE_ORDER.indexOf(best) ? next : best))
  lines.sort((left, right) => STATUS_ORDER.indexOf(left.suggests) - STATUS_ORDER.indexOf(right.suggests))
  const evidence = lines.map(({ confidence: _confidence, ...line }) => line)
  const key = fnv1a(
    JSON.stringify([status, evidence.map((line) => [line.repoName, line.fact, line.findingFingerprints])]),
  )
  return { status, confidence, evidence, key }
}
