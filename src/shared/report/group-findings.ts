import type { Finding } from '../domain/finding'

/**
 * Debt items start as findings of the same rule in the same area of the same repository, the unit a team
 * fixes together. The area is a file's folder, up to two levels deep (`src/routes`); findings without a
 * file belong to the repository as a whole.
 */
export const AREA_DEPTH = 2
export const REPOSITORY_AREA = '(repository)'

export function areaOf(finding: Pick<Finding, 'location'>): string {
  const path = finding.location?.path
  if (path === undefined || path === '') return REPOSITORY_AREA
  const folders = path.split('/').slice(0, -1)
  return folders.length === 0 ? '(root)' : folders.slice(0, AREA_DEPTH).join('/')
}

export function groupKey(repoId: string, finding: Pick<Finding, 'ruleId' | 'location'>): string {
  return `${repoId}\u0000${finding.ruleId}\u0000${areaOf(finding)}`
}

/** Groups findings (with their repository) by rule and area; the order of first appearance is kept. */
export function groupFindings<T extends Pick<Finding, 'ruleId' | 'location'> & { repoId: string }>(
  findings: readonly T[],
): T[][] {
  const groups = new Map<string, T[]>()
  for (const finding of findings) {
    const key = groupKey(finding.repoId, finding)
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [finding])
    else group.push(finding)
  }
  return [...groups.values()]
}
