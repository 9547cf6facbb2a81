import type { ComplexityFacts } from '../../../shared/domain/facts/complexity-facts'
import type { GitHistoryFacts } from '../../../shared/domain/facts/git-history-facts'
import type { Hotspot, HotspotFacts, HotspotPoint } from '../../../shared/domain/facts/hotspot-facts'
import { DAY_MS } from '../../../shared/time'
import { ACTIVE_WINDOW_DAYS } from '../history/summarize'

/** A file changed fewer times than this is not a hotspot, however complex. */
export const MIN_HOTSPOT_COMMITS = 3
const MAX_HOTSPOTS = 30
const MAX_POINTS = 400

export interface RankInput {
  complexity: ComplexityFacts
  history: GitHistoryFacts
  /** Whether a test file of the same name exists. */
  isTested: (path: string) => boolean
  now: Date
}

/**
 * Hotspots as CodeScene popularised them: code that is both complex and changed often is where
 * debt costs the most, because every change pays for the complexity again. The score multiplies
 * a file's commits and its summed cognitive complexity, each relative to the repository's highest.
 */
export function rankHotspots(input: RankInput): HotspotFacts {
  const historyByPath = new Map(input.history.files.map((file) => [file.path, file]))
  const authors = new Map(input.history.authors.map((author) => [author.id, author]))
  const activeSince = input.now.getTime() - ACTIVE_WINDOW_DAYS * DAY_MS

  const joined = input.complexity.files.flatMap((file) => {
    const history = historyByPath.get(file.path)
    return history === undefined ? [] : [{ file, history }]
  })
  const maxCommits = Math.max(1, ...joined.map(({ history }) => history.commits))
  const maxComplexity = Math.max(1, ...joined.map(({ file }) => file.cognitiveSum))

  const hotspots: Hotspot[] = joined
    .filter(({ file, history }) => history.commits >= MIN_HOTSPOT_COMMITS && file.cognitiveSum > 0)
    .map(({ file, history }) => {
      const mainAuthor = authors.get(history.mainAuthorId)
      return {
        path: file.path,
        commits: history.commits,
        complexity: file.cognitiveSum,
        codeLines: file.codeLines,
        score: (history.commits / maxCommits) * (file.cognitiveSum / maxComplexity),
        mainAuthorId: history.mainAuthorId,
        mainAuthorName: mainAuthor?.name ?? history.mainAuthorId,
        mainAuthorShare: history.mainAuthorShare,
        mainAuthorInactive: mainAuthor !== undefined && Date.parse(mainAuthor.lastCommitAt) < activeSince,
        authors: history.authors,
        lastChangedAt: history.lastChangedAt,
        tested: input.isTested(file.path),
      }
    })
    .sort((left, right) => right.score - left.score || (left.path < right.path ? -1 : 1))
    .slice(0, MAX_HOTSPOTS)

  return {
    hotspots,
    points: chartPoints(
      joined.map(({ file, history }) => ({
        path: file.path,
        commits: history.commits,
        complexity: file.cognitiveSum,
        codeLines: file.codeLines,
      })),
    ),
  }
}

/** Half the points are the most-changed files, half the most complex, so both tails show. */
function chartPoints(points: HotspotPoint[]): HotspotPoint[] {
  if (points.length <= MAX_POINTS) return points
  const byCommits = [...points].sort((left, right) => right.commits - left.commits)
  const byComplexity = [...points].sort((left, right) => right.complexity - left.complexity)
  const kept = new Map<string, HotspotPoint>()
  for (let index = 0; kept.size < MAX_POINTS; index += 1) {
    for (const point of [byCommits[index], byComplexity[index]])
      if (point !== undefined && kept.size < MAX_POINTS) kept.set(point.path, point)
  }
  return [...kept.values()]
}
