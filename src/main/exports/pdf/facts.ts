import type {
  AuthorStats,
  FileHistory,
  GitHistoryFacts,
  MonthActivity,
  TruckFactor,
} from '../../../shared/domain/facts/git-history-facts'
import {
  FILE_KINDS,
  type CountedFile,
  type ExcludedFile,
  type FileKind,
  type InventoryFacts,
  type LanguageTotals,
} from '../../../shared/domain/facts/inventory-facts'

/**
 * Reads the analyzers' facts out of a snapshot, where they are typed `unknown`: a snapshot may come
 * from an older engine, a restored backup or a hand-edited file. Anything of the wrong shape is
 * dropped (an entry) or defaulted (a number), so the report shows less rather than failing.
 */
type Row = Record<string, unknown>

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0)
const str = (value: unknown): string => (typeof value === 'string' ? value : '')
const strOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null)
const rows = (value: unknown): Row[] => (Array.isArray(value) ? value.filter(isRow) : [])
const kindOf = (value: unknown): FileKind => FILE_KINDS.find((kind) => kind === value) ?? 'unreadable'
const EXCLUDED_KINDS = FILE_KINDS.filter((kind): kind is ExcludedFile['kind'] => kind !== 'code')
const excludedKindOf = (value: unknown): ExcludedFile['kind'] =>
  EXCLUDED_KINDS.find((kind) => kind === value) ?? 'unreadable'

const lineCounts = (row: Row) => ({
  code: num(row['code']),
  comment: num(row['comment']),
  blank: num(row['blank']),
})

export function readInventory(facts: Record<string, unknown> | null): InventoryFacts | null {
  const raw = facts?.['inventory']
  if (!isRow(raw)) return null
  const totals = isRow(raw['totals']) ? raw['totals'] : {}
  const languages: LanguageTotals[] = rows(raw['languages']).map((row) => ({
    language: str(row['language']),
    files: num(row['files']),
    ...lineCounts(row),
  }))
  const files: CountedFile[] = rows(raw['files'])
    .filter((row) => typeof row['path'] === 'string')
    .map((row) => ({
      path: str(row['path']),
      language: str(row['language']),
      bytes: num(row['bytes']),
      ...lineCounts(row),
    }))
  const excluded: ExcludedFile[] = rows(raw['excluded']).map((row) => ({
    path: str(row['path']),
    kind: excludedKindOf(row['kind']),
    bytes: num(row['bytes']),
    reason: str(row['reason']),
  }))
  const counts = isRow(raw['excludedCounts']) ? raw['excludedCounts'] : {}
  const excludedCounts = Object.fromEntries(
    EXCLUDED_KINDS.map((kind) => [kind, num(counts[kind])]),
  ) as InventoryFacts['excludedCounts']
  return {
    totals: { files: num(totals['files']), bytes: num(totals['bytes']), ...lineCounts(totals) },
    languages,
    files,
    excluded,
    excludedCounts,
    largestFiles: rows(raw['largestFiles']).map((row) => ({
      path: str(row['path']),
      bytes: num(row['bytes']),
      kind: kindOf(row['kind']),
    })),
  }
}

export function readGitHistory(facts: Record<string, unknown> | null): GitHistoryFacts | null {
  const raw = facts?.['git-history']
  if (!isRow(raw)) return null
  const authors: AuthorStats[] = rows(raw['authors']).map((row) => ({
    id: str(row['id']),
    name: str(row['name']),
    emails: Array.isArray(row['emails']) ? row['emails'].filter((email) => typeof email === 'string') : [],
    bot: row['bot'] === true,
    commits: num(row['commits']),
    linesAdded: num(row['linesAdded']),
    linesDeleted: num(row['linesDeleted']),
    firstCommitAt: str(row['firstCommitAt']),
    lastCommitAt: str(row['lastCommitAt']),
  }))
  const commitsPerMonth: MonthActivity[] = rows(raw['commitsPerMonth']).map((row) => ({
    month: str(row['month']),
    commits: num(row['commits']),
    authors: num(row['authors']),
  }))
  const files: FileHistory[] = rows(raw['files']).map((row) => ({
    path: str(row['path']),
    commits: num(row['commits']),
    linesAdded: num(row['linesAdded']),
    linesDeleted: num(row['linesDeleted']),
    authors: num(row['authors']),
    mainAuthorId: str(row['mainAuthorId']),
    mainAuthorShare: num(row['mainAuthorShare']),
    firstChangedAt: str(row['firstChangedAt']),
    lastChangedAt: str(row['lastChangedAt']),
    ageDays: num(row['ageDays']),
  }))
  return {
    commitCount: num(raw['commitCount']),
    mergeCount: num(raw['mergeCount']),
    firstCommitAt: strOrNull(raw['firstCommitAt']),
    lastCommitAt: strOrNull(raw['lastCommitAt']),
    headCommitAt: strOrNull(raw['headCommitAt']),
    authors,
    commitsPerMonth,
    activeContributors90d: num(raw['activeContributors90d']),
    files,
    truckFactor: readTruckFactor(raw['truckFactor']),
    // Runs from before folder truck factors were measured have none.
    truckFactorByFolder: rows(raw['truckFactorByFolder']).map((row) => ({
      folder: str(row['folder']),
      ...readTruckFactor(row),
    })),
  }
}

function readTruckFactor(value: unknown): TruckFactor {
  const truck = isRow(value) ? value : {}
  return {
    value: num(truck['value']),
    authorIds: Array.isArray(truck['authorIds'])
      ? truck['authorIds'].filter((id): id is string => typeof id === 'string')
      : [],
    filesConsidered: num(truck['filesConsidered']),
  }
}
