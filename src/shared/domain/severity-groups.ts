import { SEVERITIES, type Severity } from './finding'

/** Items that share a key (a category, a CWE), with their severity mix. */
export interface SeverityGroup<T> {
  key: string
  /** In the order given. */
  items: T[]
  /** Items per severity, most severe first; severities with none left out. */
  severities: { severity: Severity; count: number }[]
}

const worstIndex = (group: SeverityGroup<unknown>): number =>
  SEVERITIES.indexOf(group.severities[0]?.severity ?? 'info')

/**
 * Groups items by key, the group with the most severe item first, then the largest, then by key: the
 * order in which an auditor should read them, the same on screen and in the exports.
 */
export function groupBySeverity<T extends { severity: Severity }>(
  items: readonly T[],
  keyOf: (item: T) => string,
): SeverityGroup<T>[] {
  const byKey = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const members = byKey.get(key)
    if (members === undefined) byKey.set(key, [item])
    else members.push(item)
  }
  return [...byKey.entries()]
    .map(([key, members]) => ({
      key,
      items: members,
      severities: SEVERITIES.map((severity) => ({
        severity,
        count: members.filter((item) => item.severity === severity).length,
      })).filter((entry) => entry.count > 0),
    }))
    .sort(
      (left, right) =>
        worstIndex(left) - worstIndex(right) ||
        right.items.length - left.items.length ||
        left.key.localeCompare(right.key),
    )
}
