import type { Content } from 'pdfmake/interfaces'
import { bullets, keepTogether, note, paragraph, ratingWord, sectionHeading, subheading } from '../blocks'
import { analysed, type PackContext } from '../context'
import { findingsTable, severityCounts } from '../findings-table'
import { capitalise, formatPercent, plural } from '../format'
import { repoLine } from '../repo-text'
import { SECTION_TITLES } from '../section-titles'

/** Analyzers whose results would count as security evidence (DESIGN.md, planned analyzers). */
const SECURITY_ANALYZERS = ['secrets', 'security-patterns']

export function securitySection({ snapshot }: PackContext): Content[] {
  const checklist = snapshot.checklists.find((entry) => entry.id === 'security') ?? null
  const findings = snapshot.findings.filter((finding) => finding.category === 'security')
  const scanned = SECURITY_ANALYZERS.some((id) => analysed(snapshot, id))

  const checklistPart: Content[] =
    checklist === null
      ? [note('No security checklist applies to this engagement.')]
      : [
          paragraph([
            'Security checklist: ',
            ratingWord(checklist.score.rating),
            `, score ${formatPercent(checklist.score.score)}, ${checklist.score.answered} of ${checklist.score.total} items answered.`,
          ]),
          keepTogether([
            subheading('Red flags', 3),
            checklist.score.redFlags.length === 0
              ? note('No red flag in the security checklist.')
              : bullets(
                  checklist.score.redFlags.map((flag) => [
                    { text: `${capitalise(flag.severity)}: `, bold: true },
                    repoLine(flag.question, 400),
                  ]),
                ),
          ]),
        ]

  let findingsPart: Content[]
  if (findings.length > 0)
    findingsPart = [
      paragraph(`${plural(findings.length, 'security finding')}: ${severityCounts(findings)}.`),
      ...findingsTable(findings, snapshot.repos.length > 1),
    ]
  else if (scanned) findingsPart = [note('The security analyzers found no issue in the code or its history.')]
  else
    findingsPart = [
      note(
        'No security analyzer results yet: secrets in the code and its history, vulnerable dependencies and insecure code patterns have not been scanned. The security rating rests on the checklist answers alone.',
      ),
    ]

  return [sectionHeading(SECTION_TITLES.security), ...checklistPart, subheading('Findings'), ...findingsPart]
}
