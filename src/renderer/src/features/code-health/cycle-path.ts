import type { ImportCycle } from '../../../../shared/domain/facts/architecture-facts'
import { countNoun } from './count-noun'

/**
 * A cycle's path as the auditor reads it aloud: `a → b → c → a`. The engine keeps only the first
 * steps of a long cycle; the gap is shown, so a cut path is never mistaken for the whole cycle.
 */
export function formatCyclePath(cycle: Pick<ImportCycle, 'path' | 'length'>): string {
  const [first] = cycle.path
  if (first === undefined) return ''
  const open = cycle.path.length > 1 && cycle.path.at(-1) === first ? cycle.path.slice(0, -1) : cycle.path
  // A closed walk through `open.length` modules takes as many imports; the rest were cut.
  const hidden = cycle.length - open.length
  const gap = hidden > 0 ? [`… ${countNoun(hidden, 'more module')}`] : []
  return [...open, ...gap, first].join(' → ')
}
