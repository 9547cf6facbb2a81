import type { Content, ContentText, TableCell } from 'pdfmake/interfaces'
import type { AnswerStatus } from '../../../../shared/domain/checklist-answer'
import type { SnapshotChecklist } from '../../../../shared/report/audit-snapshot'
import {
  dataTable,
  keepTogether,
  note,
  paragraph,
  ratingWord,
  sectionHeading,
  stackCell,
  subheading,
} from '../blocks'
import type { PackContext } from '../context'
import { formatPercent } from '../format'
import { repoLine, repoText } from '../repo-text'
import { SECTION_TITLES } from '../section-titles'
import { COLOURS, RATING_COLOURS } from '../theme'

export const SUGGESTION_MARK = 'suggested by Diligent, not confirmed'
const EVIDENCE_SHOWN = 5

type ChecklistItem = SnapshotChecklist['sections'][number]['items'][number]

const ANSWERS: Readonly<Record<AnswerStatus, { label: string; colour: string }>> = {
  yes: { label: 'Yes', colour: RATING_COLOURS.green },
  partly: { label: 'Partly', colour: RATING_COLOURS.amber },
  no: { label: 'No', colour: RATING_COLOURS.red },
  'not-applicable': { label: 'Not applicable', colour: COLOURS.muted },
  unknown: { label: 'Unknown', colour: COLOURS.muted },
}

function answerCell(item: ChecklistItem): TableCell {
  if (item.status === null) return stackCell([{ text: 'Not answered', italics: true, color: COLOURS.faint }])
  const answer = ANSWERS[item.status]
  return stackCell([
    { text: answer.label, bold: true, color: answer.colour },
    ...(item.answeredBy === 'suggestion'
      ? [{ text: SUGGESTION_MARK, italics: true, fontSize: 7, color: COLOURS.muted }]
      : []),
  ])
}

function notesCell(item: ChecklistItem): TableCell {
  const lines: Content[] = []
  if (item.notes.trim() !== '') lines.push(repoText(item.notes, 2_000))
  const evidence: ContentText[] = item.evidence
    .slice(0, EVIDENCE_SHOWN)
    .map((line) => ({ ...repoLine(line, 400), fontSize: 7, color: COLOURS.muted }))
  if (evidence.length > 0)
    lines.push(
      {
        text: 'Evidence',
        fontSize: 7,
        bold: true,
        color: COLOURS.muted,
        margin: [0, lines.length > 0 ? 3 : 0, 0, 0],
      },
      ...evidence,
    )
  if (item.evidence.length > EVIDENCE_SHOWN)
    lines.push({
      text: `and ${item.evidence.length - EVIDENCE_SHOWN} more`,
      fontSize: 7,
      color: COLOURS.muted,
    })
  return lines.length === 0 ? stackCell([{ text: '–', color: COLOURS.faint }]) : stackCell(lines)
}

function sectionTable(section: SnapshotChecklist['sections'][number]): Content {
  return dataTable(
    [
      { header: 'Item', width: '*' },
      { header: 'Answer', width: 85 },
      { header: 'Notes and evidence', width: 170 },
    ],
    section.items.map((item) => [
      stackCell([
        repoLine(item.question, 400),
        { ...repoLine(`${item.id} · ${item.severity}`, 200), fontSize: 7, color: COLOURS.muted },
      ]),
      answerCell(item),
      notesCell(item),
    ]),
    { title: repoLine(section.title, 200) },
  )
}

function checklistPart(checklist: SnapshotChecklist): Content[] {
  const [first, ...rest] = checklist.sections.map(sectionTable)
  return [
    // The checklist's heading travels with its first table, never alone at the foot of a page.
    keepTogether([
      subheading(repoLine(checklist.title, 200)),
      paragraph([
        ratingWord(checklist.score.rating),
        `, score ${formatPercent(checklist.score.score)}, ${checklist.score.answered} of ${checklist.score.total} items answered.`,
      ]),
      ...(first === undefined ? [note('No section of this checklist applies.')] : [first]),
    ]),
    ...rest,
  ]
}

export function checklistAppendixSection({ snapshot }: PackContext): Content[] {
  if (snapshot.checklists.length === 0)
    return [sectionHeading(SECTION_TITLES.checklists), note('No checklist applies to this engagement yet.')]
  return [
    sectionHeading(SECTION_TITLES.checklists),
    paragraph(
      `Every item of every checklist that applies at the company\u2019s stage, with its answer and the evidence behind it. Answers marked "${SUGGESTION_MARK}" were proposed by the engine from evidence in the repositories; all other answers are the auditor\u2019s.`,
    ),
    ...snapshot.checklists.flatMap(checklistPart),
  ]
}
