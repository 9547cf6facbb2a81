import { createHash } from 'node:crypto'
import type { Finding } from '../../shared/domain/finding'
import { SARIF_MAX_RESULTS, type ImportedToolResults } from '../../shared/domain/tool-import'
import { locationOf } from './sarif-location'
import {
  SarifResultSchema,
  SarifRuleSchema,
  type SarifLogInput,
  type SarifResult,
  type SarifRule,
  type SarifRun,
  type SarifToolComponent,
} from './sarif-log-schema'
import { isCweTag, referencesOf } from './sarif-references'
import { decideSeverity, DEFAULT_EFFORT_MINUTES } from './sarif-severity'

const MAX_RULE_ID = 200
const MAX_TOOL_NAME = 200
const MAX_TITLE = 300
const MAX_TEXT = 4_000
/**
 * The text kept from one file, in characters. The findings cross IPC as one message, which Chromium caps
 * at 256 MB (UTF-16, so two bytes a character), and a rule's help text is repeated in each of its
 * findings: 50,000 CodeQL results with long help would pass that without this budget.
 */
const TEXT_BUDGET = 40_000_000

/** Text cut to `max` characters, marked as cut. */
const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

export interface ConvertOptions {
  /** Masks secrets in the tool's words before they are kept; see redact-imported-text.ts. */
  redact: (text: string) => string
  /** Results kept from the whole file. */
  limit?: number
  /** Characters of text kept from the whole file. */
  textBudget?: number
}

/** `Semgrep OSS` → `semgrep-oss`: the tool's part of an imported rule id. */
export function toolSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'tool'
  )
}

/** The rules of one tool component, by index; an entry that is not a rule stays a hole, so indices still agree. */
const rulesOf = (component: SarifToolComponent | undefined): (SarifRule | null)[] =>
  (component?.rules ?? []).map((rule) => {
    const parsed = SarifRuleSchema.safeParse(rule)
    return parsed.success ? parsed.data : null
  })

interface RunRules {
  driver: (SarifRule | null)[]
  extensions: (SarifRule | null)[][]
  /** Every rule of the run by id, the driver's first: a lookup per result must not scan them all. */
  byId: Map<string, SarifRule>
}

function runRules(run: SarifRun): RunRules {
  const driver = rulesOf(run.tool.driver)
  const extensions = (run.tool.extensions ?? []).map(rulesOf)
  const byId = new Map<string, SarifRule>()
  for (const rule of [driver, ...extensions].flat())
    if (rule !== null && !byId.has(rule.id)) byId.set(rule.id, rule)
  return { driver, extensions, byId }
}

/** The rule a result refers to: by its tool component and index (CodeQL), by index, or by id. */
function ruleOf(result: SarifResult, rules: RunRules): SarifRule | null {
  const id = result.ruleId ?? result.rule?.id
  const index = result.rule?.index ?? result.ruleIndex
  const component =
    result.rule?.toolComponent?.index === undefined
      ? rules.driver
      : (rules.extensions[result.rule.toolComponent.index] ?? [])
  const byIndex = index === undefined ? null : (component[index] ?? null)
  if (byIndex !== null && (id === undefined || byIndex.id === id)) return byIndex
  if (id === undefined) return null
  return rules.byId.get(id) ?? null
}

/** A result's message: its text, or the rule's message string with `{0}`… filled from its arguments. */
function messageOf(result: SarifResult, rule: SarifRule | null): string {
  const { text, markdown, id, arguments: args = [] } = result.message
  if (text !== undefined) return text
  const template = id === undefined ? undefined : rule?.messageStrings?.[id]
  const pattern = template?.text ?? template?.markdown
  if (pattern !== undefined) return pattern.replace(/\{(\d+)\}/g, (all, n: string) => args[Number(n)] ?? all)
  return markdown ?? ''
}

/** Suppressed in the tool (`eslint-disable`, `nosemgrep`) or gone since the baseline: not open debt. */
function isDismissed(result: SarifResult): boolean {
  const suppressed = (result.suppressions ?? []).some(
    (suppression) => suppression.status === undefined || suppression.status === 'accepted',
  )
  return suppressed || result.baselineState === 'absent'
}

/** A stable identity, so re-importing the same tool keeps the auditor's triage; `sarif:` keeps it apart from the engine's. */
function fingerprintOf(
  tool: string,
  ruleId: string,
  result: SarifResult,
  location: Finding['location'],
): string {
  const given = { ...result.fingerprints, ...result.partialFingerprints }
  const keys = Object.keys(given).sort()
  const identity =
    keys.length > 0
      ? keys.map((key) => `${key}=${given[key]}`)
      : [String(location?.line ?? ''), String(location?.column ?? '')]
  const material = [tool, ruleId, location?.path ?? '', ...identity].join('\0')
  return `sarif:${createHash('sha256').update(material).digest('hex').slice(0, 32)}`
}

function toFinding(
  tool: SarifToolComponent,
  result: SarifResult,
  rule: SarifRule | null,
  run: SarifRun,
  redact: ConvertOptions['redact'],
): Finding {
  // Clipped loosely first, so a hostile megabyte of message is not scanned for secrets in full.
  const text = (value: string, max: number): string => clip(redact(clip(value, max * 3)), max)
  const slug = toolSlug(tool.name)
  const toolRuleId = result.ruleId ?? result.rule?.id ?? rule?.id ?? 'no-rule'
  const ruleId = clip(`sarif/${slug}/${toolRuleId}`, MAX_RULE_ID)
  const level = result.level ?? (result.kind !== undefined && result.kind !== 'fail' ? 'none' : undefined)
  const { severity, fromSecurityScore } = decideSeverity(
    [result.properties?.['security-severity'], rule?.properties?.['security-severity']],
    level ?? rule?.defaultConfiguration?.level ?? 'warning',
  )
  const tags = [...(rule?.properties?.tags ?? []), ...(result.properties?.tags ?? [])]
  const security = fromSecurityScore || tags.some((tag) => tag.toLowerCase() === 'security' || isCweTag(tag))
  const message = messageOf(result, rule).trim()
  const firstLine = message.split(/\r?\n/, 1)[0] ?? ''
  // Semgrep's short description only repeats the rule id ("Semgrep Finding: <id>"); the message says more.
  const described = rule?.shortDescription?.text?.trim()
  const title =
    (described !== undefined && !described.includes(toolRuleId) ? described : '') ||
    firstLine ||
    described ||
    `${tool.name} ${toolRuleId}`
  const location = locationOf(result, run)
  const help = rule?.help?.text?.trim()
  return {
    fingerprint: fingerprintOf(slug, toolRuleId, result, location),
    ruleId,
    category: security ? 'security' : 'debt',
    severity,
    title: text(title, MAX_TITLE),
    explanation: text(message || title, MAX_TEXT),
    location,
    // Never the tool's snippet: our engine redacts the secrets in what it reports, but a third-party
    // file's `snippet` or `contextRegion` was never redacted, so none of it is kept.
    evidence: null,
    effortMinutes: DEFAULT_EFFORT_MINUTES[severity],
    remediation: text(
      help ||
        `See ${tool.name}'s documentation for its rule ${toolRuleId}${rule?.helpUri ? ` (${rule.helpUri})` : ''}.`,
      MAX_TEXT,
    ),
    references: referencesOf(tags, rule?.helpUri, clip(`${tool.name} ${toolRuleId}`, 200)),
  }
}

interface ToolGroup {
  tool: SarifToolComponent
  findings: Finding[]
  malformed: number
  dismissed: number
  passed: number
  overCap: number
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`

function warningsOf(group: ToolGroup, limit: number, textBudget: number): string[] {
  const warnings: string[] = []
  if (group.overCap > 0)
    warnings.push(
      `${plural(group.overCap, 'result')} were not imported: Diligent keeps at most ${limit.toLocaleString('en')} results, and at most ${(textBudget / 1_000_000).toLocaleString('en')} million characters of their text, from one file.`,
    )
  if (group.malformed > 0)
    warnings.push(
      `${plural(group.malformed, 'result')} could not be read (not SARIF 2.1.0 results) and were skipped.`,
    )
  if (group.dismissed > 0)
    warnings.push(
      `${plural(group.dismissed, 'result')} suppressed in ${clip(group.tool.name, MAX_TOOL_NAME)} or absent since its baseline were skipped.`,
    )
  if (group.passed > 0)
    warnings.push(`${plural(group.passed, 'result')} that passed or did not apply were skipped.`)
  return warnings
}

/**
 * A SARIF log's results as findings, one entry per tool (runs of the same tool, as CodeQL writes one per
 * language, are merged). At most `limit` results are kept from the whole file; the rest are counted.
 */
export function convertSarifLog(
  log: SarifLogInput,
  { redact, limit = SARIF_MAX_RESULTS, textBudget = TEXT_BUDGET }: ConvertOptions,
): ImportedToolResults[] {
  const groups = new Map<string, ToolGroup>()
  let kept = 0
  let textKept = 0
  for (const run of log.runs ?? []) {
    const tool = run.tool.driver
    const group = groups.get(tool.name) ?? {
      tool,
      findings: [],
      malformed: 0,
      dismissed: 0,
      passed: 0,
      overCap: 0,
    }
    groups.set(tool.name, group)
    const rules = runRules(run)
    for (const entry of run.results ?? []) {
      const parsed = SarifResultSchema.safeParse(entry)
      if (!parsed.success) group.malformed += 1
      else if (parsed.data.kind === 'pass' || parsed.data.kind === 'notApplicable') group.passed += 1
      else if (isDismissed(parsed.data)) group.dismissed += 1
      else if (kept >= limit || textKept >= textBudget) group.overCap += 1
      else {
        const finding = toFinding(tool, parsed.data, ruleOf(parsed.data, rules), run, redact)
        group.findings.push(finding)
        kept += 1
        textKept += finding.title.length + finding.explanation.length + finding.remediation.length
      }
    }
  }
  return [...groups.values()].map((group) => ({
    toolName: clip(group.tool.name, MAX_TOOL_NAME),
    toolVersion: (group.tool.semanticVersion ?? group.tool.version)?.slice(0, 100) ?? null,
    findings: group.findings,
    warnings: warningsOf(group, limit, textBudget),
  }))
}
