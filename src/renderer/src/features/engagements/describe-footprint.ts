import type { EngagementFootprint } from '../../db/queries/engagements'

const FOOTPRINT_LABELS: Readonly<Record<keyof EngagementFootprint, [string, string]>> = {
  repos: ['repository', 'repositories'],
  runs: ['analysis run', 'analysis runs'],
  findings: ['finding', 'findings'],
  answers: ['checklist answer', 'checklist answers'],
  debtItems: ['triaged debt item', 'triaged debt items'],
}

/** What an engagement holds, one line per kind it has any of: "2 repositories", "1 finding". */
export function describeFootprint(footprint: EngagementFootprint): string[] {
  return (Object.keys(FOOTPRINT_LABELS) as (keyof EngagementFootprint)[])
    .filter((key) => footprint[key] > 0)
    .map((key) => {
      const [one, many] = FOOTPRINT_LABELS[key]
      return `${footprint[key]} ${footprint[key] === 1 ? one : many}`
    })
}
