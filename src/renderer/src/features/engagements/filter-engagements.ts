import type { EngagementSummary } from '../../db/queries/engagements'
import type { EngagementListFilters } from '../../stores/ui/slices/engagement-list'

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** Applies the list's search, stage filter and sort; search matches the company name and the notes. */
export function filterEngagements(
  engagements: readonly EngagementSummary[],
  filters: EngagementListFilters,
): EngagementSummary[] {
  const needle = filters.search.trim().toLocaleLowerCase()
  const matching = engagements.filter(
    (engagement) =>
      (filters.stage === 'all' || engagement.stage === filters.stage) &&
      (needle === '' ||
        engagement.name.toLocaleLowerCase().includes(needle) ||
        engagement.notes.toLocaleLowerCase().includes(needle)),
  )
  switch (filters.sort) {
    case 'name':
      return matching.sort((a, b) => byName.compare(a.name, b.name))
    case 'created':
      return matching.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    case 'updated':
      return matching.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }
}
