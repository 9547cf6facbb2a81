/**
 * Degree of authorship and truck factor, after Avelino, Passos, Hora and Valente, "A Novel Approach for
 * Estimating Truck Factors" (ICPC 2016). For a file f and developer d:
 *
 *   DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC)
 *
 * FA is 1 when d created f, DL the number of changes d made to f, AC the changes everyone else made.
 * d is an author of f when d's DOA, normalised by the file's highest, exceeds 0.75 and the absolute DOA
 * is at least 3.293. The truck factor is how many top authors must leave before more than half of the
 * files have no author left, removing the author of the most files first.
 */

export const DOA_BASE = 3.293
const DOA_FIRST_AUTHORSHIP = 1.098
const DOA_DELIVERIES = 0.164
const DOA_ACCEPTANCES = 0.321
export const AUTHORSHIP_THRESHOLD = 0.75
const ORPHANED_SHARE = 0.5

export function degreeOfAuthorship(createdFile: boolean, ownChanges: number, othersChanges: number): number {
  return (
    DOA_BASE +
    DOA_FIRST_AUTHORSHIP * (createdFile ? 1 : 0) +
    DOA_DELIVERIES * ownChanges -
    DOA_ACCEPTANCES * Math.log(1 + othersChanges)
  )
}

/** Who changed one file, and how often. */
export interface FileChanges {
  path: string
  creatorId: string
  changesByAuthor: ReadonlyMap<string, number>
}

export interface FileAuthorship {
  path: string
  /** Authors by the DOA rule, highest DOA first. */
  authorIds: string[]
  /** The highest-DOA developer, even when nobody passes the threshold. */
  topDeveloperId: string
}

export function fileAuthorship(file: FileChanges): FileAuthorship {
  const total = [...file.changesByAuthor.values()].reduce((sum, changes) => sum + changes, 0)
  const scored = [...file.changesByAuthor].map(([authorId, changes]) => ({
    authorId,
    doa: degreeOfAuthorship(authorId === file.creatorId, changes, total - changes),
  }))
  scored.sort((left, right) => right.doa - left.doa || (left.authorId < right.authorId ? -1 : 1))
  const highest = scored[0]?.doa ?? 0
  const authorIds = scored
    .filter(({ doa }) => highest > 0 && doa / highest > AUTHORSHIP_THRESHOLD && doa >= DOA_BASE)
    .map(({ authorId }) => authorId)
  return { path: file.path, authorIds, topDeveloperId: scored[0]?.authorId ?? file.creatorId }
}

export interface TruckFactorResult {
  value: number
  authorIds: string[]
  filesConsidered: number
}

/** Greedy removal of the author of the most files until more than half of the files are orphaned. */
export function truckFactor(files: readonly FileAuthorship[]): TruckFactorResult {
  const filesConsidered = files.length
  if (filesConsidered === 0) return { value: 0, authorIds: [], filesConsidered }
  const remaining = files.map((file) => new Set(file.authorIds))
  const removed: string[] = []
  const orphaned = (): number => remaining.filter((authors) => authors.size === 0).length
  while (orphaned() / filesConsidered <= ORPHANED_SHARE) {
    const coverage = new Map<string, number>()
    for (const authors of remaining) for (const id of authors) coverage.set(id, (coverage.get(id) ?? 0) + 1)
    const top = [...coverage].sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : 1))[0]
    if (top === undefined) break
    removed.push(top[0])
    for (const authors of remaining) authors.delete(top[0])
  }
  return { value: removed.length, authorIds: removed, filesConsidered }
}
