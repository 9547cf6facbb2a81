import { forStage } from '../checklists/catalog'
import type { Checklist } from '../checklists/checklist-schema'
import { scoreItems, type Score, type ScoredItem } from '../checklists/score'
import type { StageRules } from '../checklists/stage-rules'
import { suggestAnswer, type RepoEvidence } from '../checklists/suggest'
import type { Metric } from '../domain/audit-result'
import type { AnswerStatus } from '../domain/checklist-answer'
import type { DebtStatus } from '../domain/debt-item'
import type { EngagementStage } from '../domain/engagement'
import { SEVERITIES, type Finding } from '../domain/finding'
import {
  AUDIT_SNAPSHOT_VERSION,
  type AuditSnapshot,
  type CostAssumptions,
  type SnapshotChecklist,
  type SnapshotDebtItem,
  type SnapshotFinding,
  type SnapshotScore,
} from './audit-snapshot'
import { computePriority } from './debt-priority'
import { draftExecutiveSummary } from './executive-summary'
import { areaOf, groupFindings, groupKey } from './group-findings'

/** One repository and its latest successful analysis, as the app or the CLI has them. */
export interface RepoInput {
  id: string
  name: string
  source: string
  run: {
    commitSha: string | null
    branch: string | null
    finishedAt: string | null
    metrics: Metric[]
    facts: Record<string, unknown> | null
    warnings: string[]
    succeededAnalyzers: string[]
  } | null
  findings: Finding[]
  /** The fingerprints of the analysis before, for the new / fixed / still-open comparison. */
  previous: { finishedAt: string; fingerprints: string[] } | null
}

/** The auditor's triage of some findings (a stored debt item). */
export interface TriageInput {
  id: string
  fingerprints: string[]
  status: DebtStatus
  owner: string
  notes: string
  priorityOverride: number | null
}

export interface AnswerInput {
  status: AnswerStatus | null
  notes: string
}

export interface SnapshotInput {
  generatedBy: 'app' | 'cli'
  generatedAt: string
  engagement: {
    name: string
    stage: EngagementStage
    startDate: string | null
    endDate: string | null
    notes: string
  }
  auditor: string | null
  repos: RepoInput[]
  triage: TriageInput[]
  /** The auditor's answers by item id; with `answers: 'suggestions'` (the CLI) suggestions stand in, marked so. */
  answers: ReadonlyMap<string, AnswerInput> | 'suggestions'
  checklists: readonly Checklist[]
  rules: StageRules
  executiveSummary: string | null
  costAssumptions: CostAssumptions
}

const hours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100
const worstSeverity = (findings: readonly Finding[]) =>
  SEVERITIES.find((severity) => findings.some((finding) => finding.severity === severity)) ?? 'info'

function churnByPath(facts: Record<string, unknown> | null): Map<string, number> {
  const history = facts?.['git-history'] as { files?: { path: string; commits: number }[] } | undefined
  return new Map((history?.files ?? []).map((file) => [file.path, file.commits]))
}

function snapshotScore(score: Score): SnapshotScore {
  return {
    score: score.score,
    coverage: score.coverage,
    rating: score.rating,
    total: score.total,
    answered: score.total - score.counts.unanswered,
    redFlags: score.redFlags.map((item) => ({
      itemId: item.id,
      question: item.question,
      severity: item.severity,
    })),
  }
}

interface FindingInRepo extends Finding {
  repoId: string
  repoName: string
}

function debtItems(
  input: SnapshotInput,
  findings: FindingInRepo[],
): { items: SnapshotDebtItem[]; itemOf: Map<string, string> } {
  const churn = new Map(input.repos.map((repo) => [repo.id, churnByPath(repo.run?.facts ?? null)]))
  const triageOf = new Map(
    input.triage.flatMap((triage) => triage.fingerprints.map((fingerprint) => [fingerprint, triage])),
  )
  const triaged = new Map<string, FindingInRepo[]>()
  const untriaged: FindingInRepo[] = []
  for (const finding of findings) {
    const triage = triageOf.get(finding.fingerprint)
    if (triage === undefined) untriaged.push(finding)
    else triaged.set(triage.id, [...(triaged.get(triage.id) ?? []), finding])
  }
  const groups: { id: string; findings: FindingInRepo[]; triage: TriageInput | null }[] = [
    ...[...triaged].map(([id, group]) => ({
      id,
      findings: group,
      triage: input.triage.find((entry) => entry.id === id) ?? null,
    })),
    ...groupFindings(untriaged).map((group) => ({
      id: `auto:${groupKey((group[0] as FindingInRepo).repoId, group[0] as FindingInRepo)}`,
      findings: group,
      triage: null,
    })),
  ]
  const itemOf = new Map<string, string>()
  const items = groups.map(({ id, findings: stored, triage }) => {
    // In file order, so an item's title and paths read the same whatever order the findings were stored in.
    const group = [...stored].sort(
      (left, right) =>
        (left.location?.path ?? '').localeCompare(right.location?.path ?? '') ||
        (left.location?.line ?? 0) - (right.location?.line ?? 0) ||
        left.fingerprint.localeCompare(right.fingerprint),
    )
    const first = group[0] as FindingInRepo
    for (const finding of group) itemOf.set(finding.fingerprint, id)
    const paths = [
      ...new Set(
        group.map((finding) => finding.location?.path).filter((path): path is string => Boolean(path)),
      ),
    ]
    const churnCommits =
      paths.length === 0
        ? null
        : paths.reduce((sum, path) => sum + (churn.get(first.repoId)?.get(path) ?? 0), 0)
    const severity = worstSeverity(group)
    const effortHours = hours(group.reduce((sum, finding) => sum + finding.effortMinutes, 0))
    const computed = computePriority({ severity, churnCommits, effortHours })
    const override = triage?.priorityOverride ?? null
    return {
      id,
      title:
        group.length === 1
          ? first.title
          : `${first.title} (and ${group.length - 1} more in ${areaOf(first)})`,
      ruleId: first.ruleId,
      category: first.category,
      severity,
      repoNames: [...new Set(group.map((finding) => finding.repoName))],
      locations: paths.length === 0 ? ['(repository)'] : paths,
      findingCount: group.length,
      effortHours,
      churnCommits,
      interest: computed.interest,
      priority: override ?? computed.value,
      priorityOverridden: override !== null,
      priorityExplanation:
        override === null ? computed.explanation : `set by the auditor (computed: ${computed.explanation})`,
      status: triage?.status ?? 'open',
      owner: triage?.owner ?? '',
      notes: triage?.notes ?? '',
      remediation: first.remediation,
    }
  })
  items.sort((left, right) => right.priority - left.priority || left.title.localeCompare(right.title))
  return { items, itemOf }
}

function checklists(input: SnapshotInput): { views: SnapshotChecklist[]; overall: Score } {
  const evidence: RepoEvidence[] = input.repos.flatMap((repo) =>
    repo.run === null
      ? []
      : [
          {
            repoName: repo.name,
            metrics: repo.run.metrics,
            findings: repo.findings,
            succeededAnalyzers: repo.run.succeededAnalyzers,
          },
        ],
  )
  const all: ScoredItem[] = []
  const views = input.checklists
    .map((checklist) => forStage(checklist, input.engagement.stage))
    .filter((checklist) => checklist.sections.length > 0)
    .map((checklist) => {
      const inChecklist: ScoredItem[] = []
      const sections = checklist.sections.map((section) => {
        const items = section.items.map((item) => {
          const suggestion = suggestAnswer(item, evidence)
          const answer = input.answers === 'suggestions' ? null : (input.answers.get(item.id) ?? null)
          const status =
            input.answers === 'suggestions' ? (suggestion?.status ?? null) : (answer?.status ?? null)
          const answeredBy =
            status === null
              ? null
              : input.answers === 'suggestions'
                ? ('suggestion' as const)
                : ('auditor' as const)
          return {
            scored: { item, status },
            row: {
              id: item.id,
              question: item.question,
              severity: item.severity,
              weight: item.weight,
              status,
              answeredBy,
              notes: answer?.notes ?? '',
              evidence: (suggestion?.evidence ?? []).map((line) => `${line.repoName}: ${line.fact}`),
            },
          }
        })
        inChecklist.push(...items.map((entry) => entry.scored))
        return {
          title: section.title,
          score: snapshotScore(
            scoreItems(
              items.map((entry) => entry.scored),
              input.rules,
            ),
          ),
          items: items.map((entry) => entry.row),
        }
      })
      all.push(...inChecklist)
      return {
        id: checklist.id,
        title: checklist.title,
        score: snapshotScore(scoreItems(inChecklist, input.rules)),
        sections,
      }
    })
  return { views, overall: scoreItems(all, input.rules) }
}

/** Builds the snapshot every export is drawn from: debt items grouped and prioritised, checklists scored. */
export function assembleSnapshot(input: SnapshotInput): AuditSnapshot {
  const findings: FindingInRepo[] = input.repos.flatMap((repo) =>
    repo.findings.map((finding) => ({ ...finding, repoId: repo.id, repoName: repo.name })),
  )
  const { items, itemOf } = debtItems(input, findings)
  const { views, overall } = checklists(input)
  const snapshotFindings: SnapshotFinding[] = findings.map((finding) => ({
    ...finding,
    debtItemId: itemOf.get(finding.fingerprint) ?? '',
  }))
  const withoutSummary: Omit<AuditSnapshot, 'executiveSummary'> = {
    snapshotVersion: AUDIT_SNAPSHOT_VERSION,
    generatedAt: input.generatedAt,
    generatedBy: input.generatedBy,
    engagement: { ...input.engagement, auditor: input.auditor },
    repos: input.repos.map((repo) => ({
      id: repo.id,
      name: repo.name,
      source: repo.source,
      commitSha: repo.run?.commitSha ?? null,
      branch: repo.run?.branch ?? null,
      analysedAt: repo.run?.finishedAt ?? null,
      metrics: repo.run?.metrics ?? [],
      facts: repo.run?.facts ?? null,
      warnings: repo.run?.warnings ?? [],
    })),
    findings: snapshotFindings,
    debtItems: items,
    checklists: views,
    overall: snapshotScore(overall),
    comparison: input.repos.flatMap((repo) => {
      if (repo.previous === null) return []
      const before = new Set(repo.previous.fingerprints)
      const now = new Set(repo.findings.map((finding) => finding.fingerprint))
      return [
        {
          repoName: repo.name,
          previousAnalysedAt: repo.previous.finishedAt,
          newFindings: [...now].filter((fingerprint) => !before.has(fingerprint)).length,
          fixedFindings: [...before].filter((fingerprint) => !now.has(fingerprint)).length,
          stillOpen: [...now].filter((fingerprint) => before.has(fingerprint)).length,
        },
      ]
    }),
    costAssumptions: input.costAssumptions,
  }
  return {
    ...withoutSummary,
    executiveSummary: input.executiveSummary ?? draftExecutiveSummary(withoutSummary),
  }
}
