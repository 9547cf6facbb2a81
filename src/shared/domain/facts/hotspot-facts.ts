/** What the `hotspots` analyzer found: complex code that changes often, and who knows it. */

export interface Hotspot {
  path: string
  /** Commits that changed the file, over the whole history. */
  commits: number
  /** The file's cognitive complexity, summed over its functions. */
  complexity: number
  codeLines: number
  /** Change frequency times complexity, each relative to the repository's highest: 0 to 1. */
  score: number
  mainAuthorId: string
  mainAuthorName: string
  mainAuthorShare: number
  /** The main author has no commit in the 90 days before the audit: the knowledge is already at risk. */
  mainAuthorInactive: boolean
  authors: number
  lastChangedAt: string
  /** A test file of the same name exists (`foo.test.ts`, `__tests__/foo.ts`, `test_foo.py`…). */
  tested: boolean
}

/** One file on the churn-versus-complexity chart. */
export interface HotspotPoint {
  path: string
  commits: number
  complexity: number
  codeLines: number
}

export interface HotspotFacts {
  /** The highest-scoring files, best first. */
  hotspots: Hotspot[]
  /** The files worth plotting: the most changed and the most complex. */
  points: HotspotPoint[]
}
