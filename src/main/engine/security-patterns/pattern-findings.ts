import type { SecurityPatternOccurrence } from '../../../shared/domain/facts/security-pattern-facts'
import type { FindingDraft } from '../types'
import { cweUrl, owaspTop10Url } from '../../../shared/domain/owasp-top-ten'
import type { SecurityPatternRule } from './rule-pack-schema'

const RULE_PREFIX = 'security-patterns/'

/** A readable name for a documentation link: the page's last path segment (`Password Storage Cheat Sheet`). */
function docName(url: string): string {
  const { hostname, pathname } = new URL(url)
  const last = pathname
    .split('/')
    .filter((segment) => segment !== '')
    .pop()
  if (last === undefined) return hostname
  return decodeURIComponent(last)
    .replace(/\.html?$/, '')
    .replace(/[_-]+/g, ' ')
}

function references(rule: SecurityPatternRule): FindingDraft['references'] {
  return [
    { kind: 'cwe', id: rule.cwe, url: cweUrl(rule.cwe) },
    { kind: 'owasp', id: rule.owasp, url: owaspTop10Url(rule.owasp) },
    ...(rule.docs ?? []).map((url) => ({ kind: 'doc' as const, id: docName(url), url })),
  ]
}

/** The finding id of a rule: `security-patterns/<id>`. */
export function patternRuleId(ruleId: string): string {
  return `${RULE_PREFIX}${ruleId}`
}

/**
 * One finding per occurrence. Evidence and fingerprint hold the matcher's own snippet, never text from
 * the file, so a credential a rule is about cannot leak through them.
 */
export function patternFinding(
  occurrence: SecurityPatternOccurrence,
  rule: SecurityPatternRule,
): FindingDraft {
  const lowered =
    occurrence.loweredBecause === null
      ? ''
      : ` Severity lowered because ${occurrence.loweredBecause}; check that this code cannot reach production.`
  return {
    ruleId: occurrence.ruleId,
    category: 'security',
    severity: occurrence.severity,
    title: rule.title,
    explanation: `${rule.explanation}${lowered}`,
    location: { path: occurrence.path, line: occurrence.line, column: occurrence.column },
    evidence: occurrence.snippet,
    effortMinutes: rule.effortMinutes,
    remediation: rule.fix,
    references: references(rule),
    snippet: occurrence.snippet,
  }
}
