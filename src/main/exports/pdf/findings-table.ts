import type { Content } from 'pdfmake/interfaces'
import { SEVERITIES } from '../../../shared/domain/finding'
import type { SnapshotFinding } from '../../../shared/report/audit-snapshot'
import { cell, dataTable, moreNote, stackCell } from './blocks'
import { capitalise, formatInteger } from './format'
import { repoLine } from './repo-text'
import { COLOURS, SEVERITY_COLOURS } from './theme'

const SHOWN = 40

const location = (finding: SnapshotFinding): string =>
  finding.location === null
    ? '(repository)'
    : finding.location.line === null
      ? finding.location.path
      : `${finding.location.path}:${finding.location.line}`

/** "2 critical, 5 high, 1 low": the severity mix of some findings. */
export function severityCounts(findings: readonly SnapshotFinding[]): string {
  return SEVERITIES.map(
    (severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${formatInteger(count)} ${severity}`)
    .join(', ')
}

/** Findings, most severe first, with where they are; cut at SHOWN rows with a note saying so. */
export function findingsTable(findings: readonly SnapshotFinding[], showRepo: boolean): Content[] {
  const sorted = [...findings].sort(
    (left, right) => SEVERITIES.indexOf(left.severity) - SEVERITIES.indexOf(right.severity),
  )
  return [
    dataTable(
      [
        { header: 'Severity', width: 50 },
        { header: 'Finding', width: '*' },
        ...(showRepo ? [{ header: 'Repository', width: 80 }] : []),
      ],
      sorted
        .slice(0, SHOWN)
        .map((finding) => [
          cell({ text: capitalise(finding.severity), bold: true, color: SEVERITY_COLOURS[finding.severity] }),
          stackCell([
            repoLine(finding.title, 500),
            { ...repoLine(location(finding), 600), fontSize: 7.5, color: COLOURS.muted },
          ]),
          ...(showRepo ? [cell(repoLine(finding.repoName, 120))] : []),
        ]),
    ),
    ...moreNote(SHOWN, findings.length, 'findings, most severe first'),
  ]
}
