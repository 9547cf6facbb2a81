import { SEVERITIES, type Finding, type Severity } from '../../../shared/domain/finding'
import type { SarifReportingDescriptor } from './sarif-log'
import { SARIF_LEVEL, SECURITY_SEVERITY } from './severity-levels'

/** The rules a run's results refer to, in first-seen order, and each rule's index in that list. */
export interface RuleTable {
  rules: SarifReportingDescriptor[]
  indexOf: Map<string, number>
}

/** Findings of one rule can differ in severity (one per vulnerable package): the rule takes the worst. */
const worst = (findings: readonly Finding[]): Severity =>
  SEVERITIES.find((severity) => findings.some((finding) => finding.severity === severity)) ?? 'info'

/** `secrets/aws-access-key` → `SecretsAwsAccessKey`: SARIF's `name` is an identifier-like handle. */
export function ruleName(ruleId: string): string {
  const words = ruleId.split(/[^A-Za-z0-9]+/).filter((word) => word !== '')
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('') || 'Rule'
}

/** `CWE-79` → `external/cwe/cwe-079`, the tag CodeQL writes and GitHub reads. */
export function cweTag(id: string): string | null {
  const match = /^CWE-(\d+)$/i.exec(id.trim())
  return match === null ? null : `external/cwe/cwe-${(match[1] as string).padStart(3, '0')}`
}

function tagsOf(findings: readonly Finding[]): string[] {
  const references = findings.flatMap((finding) => finding.references)
  const cwes = references.filter((ref) => ref.kind === 'cwe').flatMap((ref) => cweTag(ref.id) ?? [])
  const owasp = references.filter((ref) => ref.kind === 'owasp').map((ref) => `external/owasp/${ref.id}`)
  const category = (findings[0] as Finding).category
  const security = category === 'security' || cwes.length > 0 ? ['security'] : []
  return [...new Set([category, ...security, ...cwes, ...owasp])]
}

function descriptor(ruleId: string, findings: readonly Finding[]): SarifReportingDescriptor {
  const first = findings[0] as Finding
  const severity = worst(findings)
  const tags = tagsOf(findings)
  const securitySeverity = tags.includes('security') ? SECURITY_SEVERITY[severity] : null
  const helpUri = first.references.find((ref) => ref.url?.startsWith('https://'))?.url ?? undefined
  return {
    id: ruleId,
    name: ruleName(ruleId),
    shortDescription: { text: first.title },
    fullDescription: { text: first.explanation || first.title },
    help: { text: first.remediation || first.explanation || first.title },
    ...(helpUri === undefined ? {} : { helpUri }),
    defaultConfiguration: { level: SARIF_LEVEL[severity] },
    properties: {
      tags,
      severity,
      category: first.category,
      ...(securitySeverity === null ? {} : { 'security-severity': securitySeverity }),
    },
  }
}

/** One reporting descriptor per rule id among the findings, described by the rule's first finding. */
export function buildRuleTable(findings: readonly Finding[]): RuleTable {
  const byRule = new Map<string, Finding[]>()
  for (const finding of findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding])
  const rules = [...byRule].map(([ruleId, group]) => descriptor(ruleId, group))
  return { rules, indexOf: new Map(rules.map((rule, index) => [rule.id, index])) }
}
