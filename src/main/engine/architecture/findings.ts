import type { Severity } from '../../../shared/domain/finding'
import type { FindingDraft } from '../types'
import type { CycleDetail } from './import-cycles'

/** One finding per component, largest first; the facts count the rest. */
export const MAX_CYCLE_FINDINGS = 50
/** A cycle this large is a tangle, not a local shortcut. */
export const LARGE_CYCLE_MODULES = 20
export const MEDIUM_CYCLE_MODULES = 5
/** Steps of a cycle spelled out in a finding, and members listed as evidence. */
const STEPS_SHOWN = 12
const MEMBERS_SHOWN = 10
/** Untangling: half an hour to understand, and a little more per module to move code around. */
const BASE_EFFORT_MINUTES = 30
const EFFORT_MINUTES_PER_MODULE = 20
const MAX_EFFORT_MINUTES = 10 * 8 * 60

const REFERENCES = [
  {
    kind: 'doc' as const,
    id: 'Acyclic Dependencies Principle (Robert C. Martin)',
    url: 'https://en.wikipedia.org/wiki/Acyclic_dependencies_principle',
  },
  {
    kind: 'doc' as const,
    id: 'dependency-cruiser no-circular rule',
    url: 'https://github.com/sverweij/dependency-cruiser/blob/main/doc/rules-reference.md',
  },
]

function severityOf(size: number): Severity {
  if (size >= LARGE_CYCLE_MODULES) return 'high'
  return size >= MEDIUM_CYCLE_MODULES ? 'medium' : 'low'
}

/** `a.ts → b.ts → a.ts`, or its first steps and how many are left out. */
function describePath(path: readonly string[]): string {
  const steps = path.length - 1
  if (steps <= STEPS_SHOWN) return path.join(' → ')
  return `${path.slice(0, STEPS_SHOWN).join(' → ')} → … (${steps - STEPS_SHOWN} more imports) → ${path.at(-1)}`
}

function listMembers(members: readonly string[]): string {
  const shown = members.slice(0, MEMBERS_SHOWN).join(', ')
  return members.length > MEMBERS_SHOWN ? `${shown} and ${members.length - MEMBERS_SHOWN} more` : shown
}

function cycleFinding(cycle: CycleDetail): FindingDraft {
  const size = cycle.members.length
  const [first = ''] = cycle.members
  const selfImport = size === 1
  return {
    ruleId: 'architecture/import-cycle',
    category: 'debt',
    severity: severityOf(size),
    title: selfImport
      ? `${first} imports itself`
      : `Import cycle through ${size} modules, starting at ${first}`,
    explanation:
      (selfImport
        ? 'The module imports its own path. It is harmless at best and a sign of a misplaced refactoring at worst. '
        : 'These modules import each other, directly or through one another, so none of them can be ' +
          'understood, tested or reused without the rest. At startup one of them runs before the ' +
          'others have finished loading, which gives `undefined` imports that depend on load order. ') +
      `One cycle through them: ${describePath(cycle.path)}.`,
    location: { path: first, line: cycle.firstLine, column: null },
    evidence: `${size} module${selfImport ? '' : 's'}: ${listMembers(cycle.members)}.`,
    effortMinutes: Math.min(MAX_EFFORT_MINUTES, BASE_EFFORT_MINUTES + EFFORT_MINUTES_PER_MODULE * size),
    remediation: selfImport
      ? 'Remove the import of the module from itself.'
      : 'Break the cycle at its weakest import: move the code both sides need into a new module they ' +
        'both import, have the lower-level module receive what it needs (a callback, an interface, ' +
        'an injected dependency) instead of importing the higher one, or merge modules that are really ' +
        'one. Import types with `import type` where only types cross. Then add a dependency-cruiser ' +
        '`no-circular` rule to CI so cycles do not come back.',
    references: REFERENCES,
    // The members, not the walk: the same component keeps its fingerprint when its shortest cycle changes.
    snippet: `import-cycle:${cycle.members.join('\n')}`,
  }
}

export function architectureFindings(cycles: readonly CycleDetail[]): FindingDraft[] {
  return cycles.slice(0, MAX_CYCLE_FINDINGS).map(cycleFinding)
}
