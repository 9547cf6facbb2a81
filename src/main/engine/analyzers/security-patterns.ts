import { scanForAnalyzer } from '../code/source-scanner'
import { scanConfigFiles } from '../security-patterns/config-scan'
import { patternFinding, patternRuleId } from '../security-patterns/pattern-findings'
import { bundledSecurityPatternRules } from '../security-patterns/rule-pack'
import { patternMetrics, summarizePatterns } from '../security-patterns/summarize'
import type { Analyzer } from '../types'

/**
 * Insecure constructs in JavaScript and TypeScript, matched on the syntax tree during the run's one
 * parse of the code, and insecure settings in Dockerfiles and GitHub Actions workflows; each mapped to a
 * CWE and an OWASP Top 10 category.
 */
export const securityPatternsAnalyzer: Analyzer<'security-patterns'> = {
  id: 'security-patterns',
  title: 'Security patterns',
  version: 1,
  needs: ['inventory'],
  parsesCode: true,
  async run(context) {
    context.signal.throwIfAborted()
    const rules = bundledSecurityPatternRules()
    const scan = await scanForAnalyzer(context)
    context.signal.throwIfAborted()
    const codeMatches = scan.files.map((file) => ({ path: file.path, matches: file.securityMatches }))
    const config = await scanConfigFiles(context)
    const configFiles = config.checked.dockerfile + config.checked['ci-workflow']
    context.progress({
      done: configFiles,
      total: configFiles,
      message: `Checked ${configFiles.toLocaleString('en-US')} Dockerfiles and workflows`,
    })
    const facts = summarizePatterns(rules, [...codeMatches, ...config.files], {
      code: scan.files.length,
      ...config.checked,
    })
    if (facts.truncatedBecause !== null) context.warn(`Security patterns: ${facts.truncatedBecause}.`)
    const byId = new Map(rules.map((rule) => [patternRuleId(rule.id), rule]))
    const findings = facts.occurrences.map((occurrence) => {
      const rule = byId.get(occurrence.ruleId)
      if (rule === undefined) throw new Error(`No text for security-pattern rule ${occurrence.ruleId}`)
      return patternFinding(occurrence, rule)
    })
    return { facts, metrics: patternMetrics(facts), findings }
  },
}
