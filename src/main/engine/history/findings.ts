import { DAY_MS } from '../../../shared/time'
import type { FindingDraft } from '../types'
import { filesWithOnlyDepartedAuthors } from './metrics'
import { ACTIVE_WINDOW_DAYS, type HistorySummary } from './summarize'

/** Departed knowledge over this share of the files is worth a finding, and over the next a serious one. */
export const DEPARTED_KNOWLEDGE_MEDIUM = 0.25
export const DEPARTED_KNOWLEDGE_HIGH = 0.5
/** A repository with no commit for this long is dormant, or its real work happens elsewhere. */
export const DORMANT_DAYS = 180
/** Too small a codebase for authorship to say much. */
const MIN_FILES_FOR_AUTHORSHIP = 5
/** The most-changed files, where the team most needs the knowledge; a file changed less is not a hotspot. */
export const HOTSPOT_COUNT = 10
const MIN_HOTSPOT_COMMITS = 3
const MIN_HOTSPOTS = 3
/** One person as the only author of this share of the hotspots is a concentration worth a finding. */
export const HOTSPOT_SOLE_AUTHOR_SHARE = 0.5

const share = (part: number, whole: number): string => `${Math.round((part / whole) * 100)}%`
const TRUCK_FACTOR_REFERENCE = {
  kind: 'doc' as const,
  id: 'Avelino et al., A Novel Approach for Estimating Truck Factors (ICPC 2016)',
  url: 'https://arxiv.org/abs/1604.06766',
}

function truckFactorOne(summary: HistorySummary): FindingDraft[] {
  const { truckFactor, authors } = summary.facts
  if (truckFactor.value !== 1 || truckFactor.filesConsidered < MIN_FILES_FOR_AUTHORSHIP) return []
  const keyPersonId = truckFactor.authorIds[0] as string
  const keyPerson = authors.find((author) => author.id === keyPersonId)
  const authored = summary.authorship.filter((file) => file.authorIds.includes(keyPersonId)).length
  return [
    {
      ruleId: 'git-history/truck-factor-one',
      category: 'process',
      severity: 'high',
      title: `Truck factor of 1: ${keyPerson?.name ?? keyPersonId} holds most of the code's knowledge`,
      explanation:
        'If this one person left, more than half of the files would have nobody who authored them. ' +
        'Delivery would slow sharply, incidents would take longer to fix, and the knowledge is a ' +
        'key-person risk an investor will ask about. Most small teams have a truck factor of 1 or 2; ' +
        'what matters is whether the risk is known and being reduced.',
      location: null,
      evidence:
        `${keyPerson?.name ?? keyPersonId} is an author of ${authored} of ${truckFactor.filesConsidered} files ` +
        `(${share(authored, truckFactor.filesConsidered)}) by degree of authorship.`,
      effortMinutes: 40 * 60,
      remediation:
        'Spread the knowledge deliberately: pair or rotate others onto the most-changed files this person ' +
        'owns, require reviews from a second person, and write down the architecture and the operational ' +
        'runbooks. Re-run the audit in a quarter to see the truck factor rise.',
      references: [TRUCK_FACTOR_REFERENCE],
      snippet: 'truck-factor',
    },
  ]
}

function hotspotKnowledgeConcentration(summary: HistorySummary): FindingDraft[] {
  const authorshipByPath = new Map(summary.authorship.map((file) => [file.path, file]))
  const hotspots = summary.facts.files
    .filter((file) => file.commits >= MIN_HOTSPOT_COMMITS && authorshipByPath.has(file.path))
    .slice(0, HOTSPOT_COUNT)
  if (hotspots.length < MIN_HOTSPOTS) return []
  const soleAuthored = new Map<string, typeof hotspots>()
  for (const file of hotspots) {
    const authors = authorshipByPath.get(file.path)?.authorIds ?? []
    if (authors.length !== 1) continue
    const [authorId] = authors as [string]
    soleAuthored.set(authorId, [...(soleAuthored.get(authorId) ?? []), file])
  }
  const [ownerId, owned] = [...soleAuthored].sort((left, right) => right[1].length - left[1].length)[0] ?? []
  if (
    ownerId === undefined ||
    owned === undefined ||
    owned.length / hotspots.length < HOTSPOT_SOLE_AUTHOR_SHARE
  )
    return []
  const name = summary.facts.authors.find((author) => author.id === ownerId)?.name ?? ownerId
  return [
    {
      ruleId: 'git-history/hotspot-knowledge-concentration',
      category: 'process',
      severity: 'medium',
      title: `${name} is the only author of ${owned.length} of the ${hotspots.length} most-changed files`,
      explanation:
        'The files that change most are where the team spends its time, and these have a single author. ' +
        'Changes to them queue behind one person, reviews by anyone else are shallow, and the most active ' +
        'code is the least shared.',
      location: null,
      evidence: owned.map((file) => `${file.path} (${file.commits} commits)`).join(', '),
      effortMinutes: 8 * 60,
      remediation:
        'Have someone else make the next changes to these files with the author reviewing, and add tests ' +
        'and short design notes where the reviewer finds the code hard to follow.',
      references: [TRUCK_FACTOR_REFERENCE],
      snippet: `hotspot-knowledge:${ownerId}`,
    },
  ]
}

function departedKnowledge(summary: HistorySummary): FindingDraft[] {
  const considered = summary.authorship.length
  if (considered < MIN_FILES_FOR_AUTHORSHIP) return []
  const departed = filesWithOnlyDepartedAuthors(summary)
  if (departed / considered < DEPARTED_KNOWLEDGE_MEDIUM) return []
  const leavers = new Map<string, number>()
  for (const file of summary.authorship)
    if (file.authorIds.length > 0 && file.authorIds.every((id) => !summary.activeAuthorIds.has(id)))
      for (const id of file.authorIds) leavers.set(id, (leavers.get(id) ?? 0) + 1)
  const names = [...leavers]
    .sort((left, right) => right[1] - left[1])
    .slice(0, 5)
    .map(
      ([id, files]) =>
        `${summary.facts.authors.find((author) => author.id === id)?.name ?? id} (${files} files)`,
    )
  return [
    {
      ruleId: 'git-history/departed-knowledge',
      category: 'process',
      severity: departed / considered >= DEPARTED_KNOWLEDGE_HIGH ? 'high' : 'medium',
      title: `${share(departed, considered)} of the files were written only by people no longer committing`,
      explanation:
        `Nobody who authored these files has committed in the last ${ACTIVE_WINDOW_DAYS} days. The team ` +
        'changes them without the context of why they are the way they are, which makes changes slower ' +
        'and riskier, and estimates less reliable.',
      location: null,
      evidence: `${departed} of ${considered} files; their authors: ${names.join(', ')}.`,
      effortMinutes: 16 * 60,
      remediation:
        'Find out whether the authors can still be reached for a hand-over. Have current engineers take ' +
        'ownership of the most-changed of these files first, adding tests and notes as they learn them.',
      references: [],
      snippet: 'departed-knowledge',
    },
  ]
}

function dormantRepository(summary: HistorySummary, now: Date): FindingDraft[] {
  const last = summary.facts.lastCommitAt
  if (last === null) return []
  const days = Math.floor((now.getTime() - Date.parse(last)) / DAY_MS)
  if (days < DORMANT_DAYS) return []
  return [
    {
      ruleId: 'git-history/dormant-repository',
      category: 'process',
      severity: 'medium',
      title: `No commits for ${days} days`,
      explanation:
        'The analysed branch has not changed in over six months. Either the code is no longer ' +
        'maintained (its dependencies age and known vulnerabilities pile up), or the real work happens ' +
        'in another branch or repository the audit is not looking at.',
      location: null,
      evidence: `Last commit ${last.slice(0, 10)}, ${days} days before the audit.`,
      effortMinutes: 30,
      remediation:
        'Ask the team which branch and repositories hold current work and audit those; if this code still ' +
        'runs in production, plan dependency updates and name an owner.',
      references: [],
      snippet: 'dormant-repository',
    },
  ]
}

export function historyFindings(summary: HistorySummary, now: Date): FindingDraft[] {
  return [
    ...truckFactorOne(summary),
    ...hotspotKnowledgeConcentration(summary),
    ...departedKnowledge(summary),
    ...dormantRepository(summary, now),
  ]
}
