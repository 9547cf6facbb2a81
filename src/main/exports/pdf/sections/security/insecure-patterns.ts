import type { Content } from 'pdfmake/interfaces'
import { SEVERITIES, type Severity } from '../../../../../shared/domain/finding'
import { owaspCategoryLabel } from '../../../../../shared/domain/owasp-top-ten'
import { groupBySeverity } from '../../../../../shared/domain/severity-groups'
import type { AuditSnapshot } from '../../../../../shared/report/audit-snapshot'
import { cell, dataTable, moreNote, note, numberCell, paragraph, stackCell } from '../../blocks'
import { readSecurityPatterns, type PatternOccurrenceRow } from '../../facts'
import { capitalise, formatInteger, plural } from '../../format'
import { patternRuleDetails } from '../../pattern-rules'
import { repoLine } from '../../repo-text'
import { COLOURS, SEVERITY_COLOURS } from '../../theme'

/** The worst few are enough to show what kind of problems there are; the Security sheet has them all. */
const SHOWN_OCCURRENCES = 10

interface Found {
  repo: string
  occurrence: PatternOccurrenceRow
  /** The occurrence's, lifted so the shared severity grouping can read it. */
  severity: Severity
}

const location = ({ path, line }: PatternOccurrenceRow): string => (line === null ? path : `${path}:${line}`)

/** Occurrences per OWASP category, split by severity: where the weaknesses cluster. */
function categoryTable(found: readonly Found[], owaspOf: (ruleId: string) => string): Content {
  const groups = groupBySeverity(found, (entry) => owaspOf(entry.occurrence.ruleId))
  const countOf = (
    severities: readonly { severity: Severity; count: number }[],
    severity: Severity,
  ): number => severities.find((entry) => entry.severity === severity)?.count ?? 0
  return dataTable(
    [
      { header: 'OWASP Top 10 category', width: '*' },
      ...SEVERITIES.map((severity) => ({ header: capitalise(severity), width: 42, align: 'right' as const })),
      { header: 'Total', width: 38, align: 'right' },
    ],
    groups.map((group) => [
      cell(repoLine(group.key === '' ? 'Not mapped' : owaspCategoryLabel(group.key), 120)),
      ...SEVERITIES.map((severity) => numberCell(countOf(group.severities, severity))),
      cell({ text: formatInteger(group.items.length), bold: true }),
    ]),
  )
}

/**
 * The insecure constructs found in code, Dockerfiles and CI workflows: a table by OWASP category with
 * counts by severity, then the most severe occurrences. Or a sentence on why there is no table.
 */
export function insecurePatternsPart(snapshot: AuditSnapshot): Content[] {
  const checked = snapshot.repos.flatMap((repo) => {
    const patterns = readSecurityPatterns(repo.facts)
    return patterns === null ? [] : [{ repo: repo.name, patterns }]
  })
  if (checked.length === 0)
    return [
      note(
        'Insecure code patterns were not analysed in these runs: injection, weak cryptography and unsafe container or CI settings in the code are unknown.',
      ),
    ]
  const codeFiles = checked.reduce((sum, entry) => sum + entry.patterns.filesChecked.code, 0)
  const configFiles = checked.reduce(
    (sum, entry) => sum + entry.patterns.filesChecked.dockerfile + entry.patterns.filesChecked.ciWorkflow,
    0,
  )
  const read = `${plural(codeFiles, 'code file')} and ${plural(configFiles, 'configuration file')} checked`
  const found: Found[] = checked
    .flatMap(({ repo, patterns }) =>
      patterns.occurrences.map((occurrence) => ({ repo, occurrence, severity: occurrence.severity })),
    )
    .sort((left, right) => SEVERITIES.indexOf(left.severity) - SEVERITIES.indexOf(right.severity))
  const truncated = checked.flatMap(({ repo, patterns }) =>
    patterns.truncatedBecause === null ? [] : [`${repo}: ${patterns.truncatedBecause}`],
  )
  const truncation =
    truncated.length === 0 ? [] : [note(`Not every occurrence was kept (${truncated.join('; ')}).`)]
  if (found.length === 0)
    return [
      note(
        `No insecure pattern was found in ${read}. This does not prove the code is safe: the rules only know the constructs they describe, and flaws in the logic have no pattern.`,
      ),
      ...truncation,
    ]
  const rule = patternRuleDetails(snapshot)
  const showRepo = snapshot.repos.length > 1
  const severe = found.filter((entry) => entry.severity === 'critical' || entry.severity === 'high').length
  return [
    paragraph(
      `${plural(found.length, 'insecure construct')} found in ${read}, ${formatInteger(severe)} of them high or critical. Each is described in the analyzer's words; nothing is copied from the code.`,
    ),
    categoryTable(found, (ruleId) => rule(ruleId).owasp),
    dataTable(
      [
        { header: 'Severity', width: 50 },
        { header: 'Rule and location', width: '*' },
        { header: 'CWE', width: 52 },
        ...(showRepo ? [{ header: 'Repository', width: 80 }] : []),
      ],
      found.slice(0, SHOWN_OCCURRENCES).map(({ repo, occurrence }) => {
        const details = rule(occurrence.ruleId)
        return [
          cell({
            text: capitalise(occurrence.severity),
            bold: true,
            color: SEVERITY_COLOURS[occurrence.severity],
          }),
          stackCell([
            repoLine(details.title, 300),
            { ...repoLine(location(occurrence), 600), fontSize: 7.5, color: COLOURS.muted },
          ]),
          cell(repoLine(details.cwe, 20)),
          ...(showRepo ? [cell(repoLine(repo, 120))] : []),
        ]
      }),
      { title: 'Most severe occurrences' },
    ),
    ...moreNote(SHOWN_OCCURRENCES, found.length, 'insecure constructs, most severe first'),
    ...truncation,
  ]
}
