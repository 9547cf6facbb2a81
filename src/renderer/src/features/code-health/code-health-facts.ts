import type { AuditFacts } from '../../../../shared/domain/audit-result'
import type { ArchitectureFacts } from '../../../../shared/domain/facts/architecture-facts'
import type { ComplexityFacts } from '../../../../shared/domain/facts/complexity-facts'
import type { AuthorStats, FolderTruckFactor } from '../../../../shared/domain/facts/git-history-facts'
import type { HotspotFacts } from '../../../../shared/domain/facts/hotspot-facts'

/** The parts of a run's facts the code-health view reads. */
export type CodeHealthSource = Pick<AuditFacts, 'complexity' | 'hotspots' | 'git-history' | 'architecture'>

/** Each part is null when the run's engine did not measure it, so the view can say so instead of failing. */
export interface CodeHealthFacts {
  complexity: ComplexityFacts | null
  hotspots: HotspotFacts | null
  architecture: ArchitectureFacts | null
  truckFactorByFolder: FolderTruckFactor[] | null
  authors: AuthorStats[]
}

export function selectCodeHealthFacts(facts: CodeHealthSource | null): CodeHealthFacts {
  const history = facts?.['git-history']
  return {
    complexity: facts?.complexity ?? null,
    hotspots: facts?.hotspots ?? null,
    architecture: facts?.architecture ?? null,
    // Runs made before the per-folder truck factor existed have git history without it.
    truckFactorByFolder: history?.truckFactorByFolder ?? null,
    authors: history?.authors ?? [],
  }
}

/** False for runs of engines that measured none of it: the view then shows one "analyse again" message. */
export function measuredAnything(facts: CodeHealthFacts): boolean {
  return facts.complexity !== null || facts.hotspots !== null || facts.architecture !== null
}
