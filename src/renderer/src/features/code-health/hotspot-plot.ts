import type { HotspotFacts, HotspotPoint } from '../../../../shared/domain/facts/hotspot-facts'

export interface PlotPoint extends HotspotPoint {
  /** 1 for the best-ranked hotspot, drawn next to its point and keyed in the legend; null for other files. */
  rank: number | null
}

export interface HotspotPlot {
  top: PlotPoint[]
  others: PlotPoint[]
}

/** How many of the best-ranked hotspots are drawn in colour and numbered on the chart. */
const NUMBERED_HOTSPOTS = 5

/**
 * The churn-versus-complexity points, with the top hotspots set apart and numbered. Numbers, not
 * names, go on the chart: the worst files cluster in one corner, where names would cover each other.
 */
export function hotspotPlot(facts: HotspotFacts, numbered = NUMBERED_HOTSPOTS): HotspotPlot {
  const pointsByPath = new Map(facts.points.map((point) => [point.path, point]))
  const top = facts.hotspots.slice(0, numbered).map((hotspot, index) => ({
    // The points are capped separately; a top hotspot missing from them is still drawn.
    ...(pointsByPath.get(hotspot.path) ?? {
      path: hotspot.path,
      commits: hotspot.commits,
      complexity: hotspot.complexity,
      codeLines: hotspot.codeLines,
    }),
    rank: index + 1,
  }))
  const topPaths = new Set(top.map((point) => point.path))
  const others = facts.points
    .filter((point) => !topPaths.has(point.path))
    .map((point) => ({ ...point, rank: null }))
  return { top, others }
}
