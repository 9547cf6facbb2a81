import type { Content } from 'pdfmake/interfaces'
import { COGNITIVE_LIMIT, CYCLOMATIC_LIMIT } from '../../../../shared/domain/facts/complexity-facts'
import { ENGINE_VERSION } from '../../../engine/engine-version'
import { IMPACT_BY_SEVERITY, MIN_EFFORT_HOURS } from '../../../../shared/report/debt-priority'
import {
  bullets,
  cell,
  dataTable,
  keepTogether,
  moreNote,
  note,
  paragraph,
  sectionHeading,
  subheading,
} from '../blocks'
import { COCOMO_ORGANIC } from '../cocomo'
import type { PackContext } from '../context'
import { formatDate, shortSha, formatShortDate } from '../format'
import { WORKING_DAYS_PER_YEAR } from '../remediation-cost'
import { repoLine, repoText } from '../repo-text'
import { LIKELY_COMMITS, POSSIBLE_COMMITS, RISK_REGISTER_LIMIT } from '../risks'
import { SECTION_TITLES } from '../section-titles'
import { TOKEN_BREAK_EVERY } from '../safe-text'

const WARNINGS_SHOWN = 20

/** The analyzers DESIGN.md plans, and what each would have measured. */
const PLANNED_ANALYZERS: readonly (readonly [string, string])[] = [
  ['inventory', 'files, languages and line counts'],
  ['git-history', 'commits, contributors, churn, truck factor'],
  ['complexity', 'function complexity, size, nesting, type-safety escapes'],
  ['architecture', 'import graph, cycles, layers, frameworks and datastores'],
  ['dependencies', 'manifests, lockfiles, licences, known vulnerabilities'],
  ['secrets', 'credentials in the code and its history'],
  ['security-patterns', 'insecure code patterns mapped to CWE'],
  ['delivery', 'CI, tests, containers, infrastructure as code, observability'],
]

function analyzersOf(facts: Record<string, unknown> | null, metricIds: readonly string[]): string[] {
  const ids = new Set([...Object.keys(facts ?? {}), ...metricIds.map((id) => id.split('/')[0] ?? id)])
  return [...ids].sort()
}

export function methodologySection({ snapshot }: PackContext): Content[] {
  const ran = new Set(
    snapshot.repos.flatMap((repo) =>
      analyzersOf(
        repo.facts,
        repo.metrics.map((metric) => metric.id),
      ),
    ),
  )
  const missing = PLANNED_ANALYZERS.filter(([id]) => !ran.has(id))
  const warnings = snapshot.repos.flatMap((repo) =>
    repo.warnings.map((warning) => `${repo.name}: ${warning}`),
  )
  const impacts = Object.entries(IMPACT_BY_SEVERITY)
    .map(([severity, impact]) => `${severity} ${impact}`)
    .join(', ')
  const { a, b, c, d } = COCOMO_ORGANIC

  return [
    sectionHeading(SECTION_TITLES.methodology),
    subheading('What was measured'),
    paragraph(
      'Diligent cloned each repository without running anything from it (no hooks, no package scripts, no submodules) and analysed its files and full git history at the commit below, offline.',
    ),
    snapshot.repos.length === 0
      ? note('No repository was analysed.')
      : dataTable(
          [
            { header: 'Repository', width: '*' },
            { header: 'Commit', width: 50 },
            { header: 'Branch', width: 60 },
            { header: 'Analysed', width: 75 },
            { header: 'Analyzers with results', width: 120 },
          ],
          snapshot.repos.map((repo) => [
            cell(repoLine(repo.name, 120)),
            cell(repoLine(shortSha(repo.commitSha), 12)),
            cell(repoLine(repo.branch ?? '–', 80)),
            cell(formatShortDate(repo.analysedAt)),
            cell(
              repoLine(
                analyzersOf(
                  repo.facts,
                  repo.metrics.map((metric) => metric.id),
                ).join(', ') || 'none',
                300,
              ),
            ),
          ]),
        ),
    subheading('What was not measured'),
    bullets([
      ...(missing.length === 0
        ? []
        : [
            `Not analysed yet: ${missing.map(([id, what]) => `${id} (${what})`).join('; ')}. Sections that depend on them say so.`,
          ]),
      'Anything that needs an interview or a document: team composition and contracts, IP assignment, access to company systems, incident history, hosting costs, compliance paperwork. The checklists carry these as questions for the auditor.',
      'Runtime behaviour: performance under load, production configuration, data and infrastructure were not observed.',
    ]),
    keepTogether([
      subheading('Answers and suggestions'),
      paragraph(
        'Checklist answers are the auditor\u2019s. Where the engine found evidence for an item it proposes an answer, a suggestion; the engine never overwrites an auditor\u2019s answer. Suggestions that the auditor has not confirmed are marked "suggested by Diligent, not confirmed" wherever they appear. A pack generated headless from the command line contains suggestions only.',
      ),
    ]),
    keepTogether([
      subheading('Scores and ratings'),
      paragraph(
        'A score is the weighted share of "yes" (full credit) and "partly" (half credit) among the items answered yes, partly or no; "unknown" and unanswered items earn nothing and lower coverage. Each company stage sets the green and amber lines and the minimum coverage; below it an area is "incomplete" rather than a colour. A "no" on an item severe enough for the stage is a red flag, and a red flag makes its section, its area and the overall rating red whatever the score.',
      ),
    ]),
    keepTogether([
      subheading('Debt priority'),
      paragraph([
        { text: 'priority = impact × interest ÷ effort', bold: true },
        `. Impact by severity: ${impacts}. Interest = 1 + ln(1 + commits to the affected files), or 1 when the item has no files or no history was read: debt in code nobody touches costs little. Effort is the remediation estimate in hours, at least ${MIN_EFFORT_HOURS} h, so a quick fix does not dwarf everything. Findings are grouped into debt items by rule and area; an auditor may override an item\u2019s priority, and overrides are marked.`,
      ]),
    ]),
    keepTogether([
      subheading('Risk register'),
      paragraph(
        `Up to ${RISK_REGISTER_LIMIT} risks: the checklists\u2019 red flags and the open debt items of critical or high severity. Impact is the severity. Likelihood of a debt item comes from its interest: ${LIKELY_COMMITS} or more commits to its files is high, ${POSSIBLE_COMMITS}\u2013${LIKELY_COMMITS - 1} medium, fewer low, and a repository-wide item (no files) medium. Likelihood of a red flag comes from its answer: "no" (the practice is absent) is high, "partly" medium. The mitigation is the rule\u2019s remediation advice, or the auditor\u2019s note on the checklist item.`,
      ),
    ]),
    keepTogether([
      subheading('Team figures'),
      paragraph(
        'Contributors are merged across e-mail addresses and .mailmap; bots count towards activity but never as holders of knowledge. Active means at least one commit in the 90 days before the audit. The truck factor is the smallest number of people whose departure would leave more than half of the files without an active author who knows them, by degree of authorship (Avelino et al., 2016). A file\u2019s main author is the person with the highest degree of authorship over it.',
      ),
    ]),
    keepTogether([
      subheading('Code measures'),
      paragraph(
        `Complexity is measured in JavaScript and TypeScript from one syntax parse of each file (nothing is compiled or run): cyclomatic complexity as ESLint counts it, cognitive complexity as SonarSource defines it. A function over cognitive ${COGNITIVE_LIMIT} or cyclomatic ${CYCLOMATIC_LIMIT} is over the limits. Duplication is the share of lines in blocks of tokens repeated elsewhere. A hotspot\u2019s score is its commits times its summed cognitive complexity, each relative to the repository\u2019s highest; tests are recognised by file name. Import cycles are the strongly connected parts of the import graph, type-only imports left out; technologies are recognised from manifests and imports.`,
      ),
    ]),
    keepTogether([
      subheading('Cost estimates'),
      paragraph(
        `Replacement cost follows basic COCOMO in organic mode as the scc tool computes it: effort = ${a} × KLOC^${b} person-months, schedule = ${c} × effort^${d} months, developers = effort ÷ schedule, cost = effort × (annual wage ÷ 12) × overhead, over code lines only (comments, blanks, generated and vendored files excluded). The model knows nothing about what the code does, its quality, reuse of frameworks or the team\u2019s skill, and was calibrated on 1970s projects: read it as an order of magnitude. Remediation cost = the effort hours of open debt items × an hourly rate of annual wage × overhead ÷ (${WORKING_DAYS_PER_YEAR} working days × hours per day). Both use the assumptions printed on the cost page.`,
      ),
    ]),
    subheading('Warnings during analysis'),
    ...(warnings.length === 0
      ? [note('The analysis raised no warnings.')]
      : [
          bullets(warnings.slice(0, WARNINGS_SHOWN).map((warning) => repoLine(warning, 600))),
          ...moreNote(WARNINGS_SHOWN, warnings.length, 'warnings'),
        ]),
    subheading('About this document'),
    paragraph(
      repoText(
        `Generated ${formatDate(snapshot.generatedAt)} by Diligent ${ENGINE_VERSION} from an audit snapshot (format ${snapshot.snapshotVersion}). Text taken from the repositories (file names, author names, finding titles) is printed as plain text: invisible and bidirectional control characters are shown as their code point, e.g. \u27e8U+202E\u27e9, and unbroken runs longer than ${TOKEN_BREAK_EVERY} characters may wrap anywhere. The fonts are embedded and no part of this document was fetched from a network.`,
        10_000,
      ),
    ),
  ]
}
