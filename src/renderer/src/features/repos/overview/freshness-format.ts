import {
  NPM_REGISTRY_HOST,
  type PinnedVersionFreshness,
  type RegistryFacts,
} from '../../../../../shared/domain/freshness'
import { DAY_MS } from '../../../../../shared/time'
import { formatDateTime } from '../../../components/format'

/** How long ago `iso` was, in the unit an auditor would say it: days, then months, then years. */
export function formatAge(iso: string, now: number): string {
  const days = Math.max(0, Math.floor((now - Date.parse(iso)) / DAY_MS))
  if (days < 60) return days === 1 ? '1 day' : `${days} days`
  const months = Math.floor(days / 30.44)
  if (months < 24) return `${months} months`
  return `${(days / 365.25).toFixed(1)} years`
}

/** Where a fact came from and when: every registry fact on screen carries this. */
export function provenance(facts: RegistryFacts): string {
  const freshness = facts.source === 'network' ? 'just fetched' : 'cached'
  return `from ${NPM_REGISTRY_HOST}, fetched ${formatDateTime(facts.fetchedAt)} (${freshness})`
}

/** The badge for how far a pinned version trails `latest`, or null when that cannot be said. */
export function gapBadge(pinned: PinnedVersionFreshness): { label: string; color: string } | null {
  switch (pinned.behind) {
    case 'none':
      return { label: 'latest', color: 'teal' }
    case 'patch':
      return { label: 'patch behind', color: 'gray' }
    case 'minor':
      return { label: 'minor behind', color: 'yellow' }
    case 'major': {
      const majors = pinned.majorsBehind
      return {
        label: `${majors} major${majors === 1 ? '' : 's'} behind`,
        color: majors > 1 ? 'red' : 'orange',
      }
    }
    case null:
      return null
  }
}
