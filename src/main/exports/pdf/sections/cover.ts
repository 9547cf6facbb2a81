import type { Content, ContentText } from 'pdfmake/interfaces'
import { ENGINE_VERSION } from '../../../engine/engine-version'
import { STAGE_LABELS } from '../../../../shared/domain/engagement'
import { keyValueTable, ratingWord } from '../blocks'
import type { PackContext } from '../context'
import { formatDate, formatPercent, shortSha } from '../format'
import { repoLine } from '../repo-text'
import { COLOURS } from '../theme'

/** The height of the navy band the cover's title sits on (drawn by the document's background). */
export const COVER_BAND_HEIGHT = 280
/** More would run into the notes at the foot of the cover; the methodology lists them all. */
const REPOS_LISTED = 8

function period(start: string | null, end: string | null): string {
  if (start === null && end === null) return 'not recorded'
  return `${start === null ? '…' : formatDate(start)} – ${end === null ? 'ongoing' : formatDate(end)}`
}

export function coverPage({ snapshot }: PackContext): Content[] {
  const { engagement, overall } = snapshot
  const name = repoLine(engagement.name, 200)
  const listed = snapshot.repos.slice(0, REPOS_LISTED)
  const unlisted = snapshot.repos.length - listed.length
  const repositories: (string | ContentText)[] =
    snapshot.repos.length === 0
      ? ['none analysed yet']
      : listed.flatMap((repo, index) => [
          ...(index > 0 ? ['\n'] : []),
          repoLine(repo.name, 120),
          {
            ...repoLine(` at ${shortSha(repo.commitSha)}${repo.branch ? ` on ${repo.branch}` : ''}`, 200),
            color: COLOURS.muted,
          },
          ...(index === listed.length - 1 && unlisted > 0 ? [`\nand ${unlisted} more`] : []),
        ])
  const headless = snapshot.generatedBy === 'cli'
  return [
    {
      stack: [
        { text: 'TECHNICAL DUE DILIGENCE', color: '#9fb3c8', bold: true, fontSize: 10, characterSpacing: 2 },
        {
          ...name,
          color: '#ffffff',
          bold: true,
          // A long name gets a smaller size, so the title stays inside the band.
          fontSize: engagement.name.length > 60 ? 18 : 30,
          margin: [0, 14, 0, 6],
        },
        { text: 'Investor due-diligence pack', color: '#d9e2ec', fontSize: 14 },
      ],
      margin: [0, 70, 0, 0],
    },
    {
      stack: [
        keyValueTable([
          ['Company', name],
          ['Report date', formatDate(snapshot.generatedAt)],
          ['Engagement period', period(engagement.startDate, engagement.endDate)],
          [
            'Auditor',
            engagement.auditor === null || engagement.auditor.trim() === ''
              ? 'not named'
              : repoLine(engagement.auditor, 200),
          ],
          ['Company stage', STAGE_LABELS[engagement.stage]],
          ['Repositories', repositories],
          [
            'Overall rating',
            [
              ratingWord(overall.rating),
              ` (score ${formatPercent(overall.score)}, ${overall.answered} of ${overall.total} checklist items answered)`,
            ],
          ],
        ]),
      ],
      absolutePosition: { x: 50, y: COVER_BAND_HEIGHT + 40 },
    },
    {
      stack: [
        {
          text: [
            { text: `Prepared with Diligent ${ENGINE_VERSION}`, bold: true },
            headless
              ? ', run headless from the command line. No auditor has reviewed the checklists yet: every answer in this pack is a suggestion drawn from the evidence, marked "suggested by Diligent, not confirmed".'
              : ', from the auditor\u2019s engagement in the desktop app. Checklist answers are the auditor\u2019s unless marked "suggested by Diligent, not confirmed".',
          ],
          style: 'small',
        },
        {
          text: 'Everything in this pack was computed offline, on the auditor\u2019s machine, from the repositories at the commits listed. Confidential: prepared for the recipient\u2019s investment decision.',
          style: 'small',
          margin: [0, 4, 0, 0],
        },
      ],
      absolutePosition: { x: 50, y: 700 },
    },
  ]
}
