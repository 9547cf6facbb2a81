import type { Content } from 'pdfmake/interfaces'
import { SEVERITIES } from '../../../../shared/domain/finding'
import type { AuditSnapshot } from '../../../../shared/report/audit-snapshot'
import {
  bullets,
  cell,
  dataTable,
  keepTogether,
  moreNote,
  note,
  paragraph,
  ratingWord,
  sectionHeading,
  stackCell,
  subheading,
} from '../blocks'
import { analysed, type PackContext } from '../context'
import { readSecrets, type SecretRow } from '../facts'
import { findingsTable, severityCounts } from '../findings-table'
import { capitalise, formatInteger, formatPercent, formatShortDate, plural } from '../format'
import { repoLine } from '../repo-text'
import { secretRuleTitles } from '../secret-rule-titles'
import { SECTION_TITLES } from '../section-titles'
import { COLOURS, SEVERITY_COLOURS } from '../theme'
import { insecurePatternsPart } from './security/insecure-patterns'

/** Enough rows to show the pattern; the workbook's Secrets sheet has them all. */
const SHOWN_SECRETS = 15

function secretOrigin(secret: SecretRow): string {
  const introduced =
    secret.commit === null
      ? ''
      : `introduced in ${secret.commit.sha.slice(0, 10)} by ${secret.commit.author} on ${formatShortDate(secret.commit.date)}`
  const removed = secret.inHistoryOnly ? 'removed, still in history' : ''
  return [introduced, removed].filter((part) => part !== '').join('; ')
}

/** Every secret found, most severe first, redacted; or a sentence on why there is no table. */
function secretsPart(snapshot: AuditSnapshot): Content[] {
  const scanned = snapshot.repos.flatMap((repo) => {
    const secrets = readSecrets(repo.facts)
    return secrets === null ? [] : [{ repo: repo.name, secrets }]
  })
  if (scanned.length === 0)
    return [note('Secrets were not analysed in these runs: credentials committed to the code are unknown.')]
  const files = scanned.reduce((sum, entry) => sum + entry.secrets.filesScanned, 0)
  const found = scanned
    .flatMap(({ repo, secrets }) => secrets.occurrences.map((secret) => ({ repo, secret })))
    .sort(
      (left, right) => SEVERITIES.indexOf(left.secret.severity) - SEVERITIES.indexOf(right.secret.severity),
    )
  if (found.length === 0)
    return [
      note(
        `No secret was found in ${plural(files, 'file')} scanned. This does not prove there is none: binary and skipped files were not read, and a pattern only finds the credential formats it knows.`,
      ),
    ]
  const ruleTitle = secretRuleTitles(snapshot)
  const showRepo = snapshot.repos.length > 1
  return [
    paragraph(
      `${plural(found.length, 'secret')} found in ${formatInteger(files)} files scanned. Values are redacted: a short prefix and a keyed hash, never the secret.`,
    ),
    dataTable(
      [
        { header: 'Severity', width: 50 },
        { header: 'Secret', width: '*' },
        { header: 'Redacted value', width: 110 },
        ...(showRepo ? [{ header: 'Repository', width: 80 }] : []),
      ],
      found.slice(0, SHOWN_SECRETS).map(({ repo, secret }) => {
        const origin = secretOrigin(secret)
        return [
          cell({ text: capitalise(secret.severity), bold: true, color: SEVERITY_COLOURS[secret.severity] }),
          stackCell([
            repoLine(ruleTitle(secret.ruleId), 300),
            {
              ...repoLine(secret.line === null ? secret.path : `${secret.path}:${secret.line}`, 600),
              fontSize: 7.5,
              color: COLOURS.muted,
            },
            ...(origin === '' ? [] : [{ ...repoLine(origin, 600), fontSize: 7.5, color: COLOURS.muted }]),
          ]),
          cell(repoLine(secret.redacted ?? '(whole file)', 120)),
          ...(showRepo ? [cell(repoLine(repo, 120))] : []),
        ]
      }),
    ),
    ...moreNote(SHOWN_SECRETS, found.length, 'secrets, most severe first'),
  ]
}

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
  else if (scanned) findingsPart = [note('The security analyzers found no issue in the files they read.')]
  else
    findingsPart = [
      note(
        'No security analyzer results yet: secrets in the code and its history, vulnerable dependencies and insecure code patterns have not been scanned. The security rating rests on the checklist answers alone.',
      ),
    ]

  return [
    sectionHeading(SECTION_TITLES.security),
    ...checklistPart,
    subheading('Secrets in the code'),
    ...secretsPart(snapshot),
    subheading('Insecure code and configuration'),
    ...insecurePatternsPart(snapshot),
    subheading('Findings'),
    ...findingsPart,
  ]
}
