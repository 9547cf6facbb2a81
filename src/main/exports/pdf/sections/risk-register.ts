import type { Content, TableCell } from 'pdfmake/interfaces'
import { cell, dataTable, moreNote, note, paragraph, sectionHeading, stackCell } from '../blocks'
import type { PackContext } from '../context'
import { capitalise } from '../format'
import { repoLine, repoText } from '../repo-text'
import { riskRegister, type Level } from '../risks'
import { SECTION_TITLES } from '../section-titles'
import { COLOURS, SEVERITY_COLOURS } from '../theme'

const LEVEL_COLOURS: Readonly<Record<Level, string>> = {
  high: SEVERITY_COLOURS.high,
  medium: SEVERITY_COLOURS.medium,
  low: SEVERITY_COLOURS.low,
}

const NARROW_COLUMN_BREAK_EVERY = 24

const levelCell = (level: Level, reason: string): TableCell =>
  stackCell([
    { text: capitalise(level), bold: true, color: LEVEL_COLOURS[level] },
    { text: reason, fontSize: 7, color: COLOURS.muted },
  ])

export function riskRegisterSection(context: PackContext): Content[] {
  const { risks, total } = riskRegister(context.snapshot, context.rankedDebt)
  if (risks.length === 0)
    return [
      sectionHeading(SECTION_TITLES.risks),
      note('No red flag and no open critical or high debt item was recorded, so the register is empty.'),
    ]
  return [
    sectionHeading(SECTION_TITLES.risks),
    paragraph(
      'The top risks: red flags from the checklists and open debt items of critical or high severity, most severe and most likely first. Impact is the severity; likelihood comes from the checklist answer or from how often the affected code changes (see the methodology).',
    ),
    dataTable(
      [
        { header: '#', width: 16, align: 'right' },
        { header: 'Risk', width: '*' },
        { header: 'Likelihood', width: 66 },
        { header: 'Impact', width: 44 },
        { header: 'Mitigation', width: 160 },
      ],
      risks.map((risk, index) => [
        cell(String(index + 1)),
        stackCell([
          // The narrowest column of repository text in the pack: an unbroken run must wrap sooner here.
          { ...repoLine(risk.title, 400, NARROW_COLUMN_BREAK_EVERY), bold: true },
          { ...repoLine(risk.source, 300), fontSize: 7, color: COLOURS.muted },
        ]),
        levelCell(risk.likelihood, risk.likelihoodReason),
        cell({ text: capitalise(risk.impact), bold: true, color: SEVERITY_COLOURS[risk.impact] }),
        cell(repoText(risk.mitigation, 600)),
      ]),
    ),
    ...moreNote(risks.length, total, 'risks; the rest are in the debt inventory and the checklist appendix'),
  ]
}
