import type { Hotspot, HotspotFacts } from '../../../shared/domain/facts/hotspot-facts'
import type { FindingDraft } from '../types'

/** Only the top of the ranking is worth a finding each: the rest are in the hotspot table. */
const TOP_HOTSPOTS = 10
/** A hotspot whose file sums to less cognitive complexity than this is busy, not complex. */
export const COMPLEX_HOTSPOT_MIN_COMPLEXITY = 30
/** The main author's share of a file's changes above which their absence leaves it orphaned. */
const KNOWLEDGE_SHARE = 0.5

const HOTSPOT_REFERENCE = {
  kind: 'doc' as const,
  id: 'Adam Tornhill, Your Code as a Crime Scene (hotspot analysis)',
  url: 'https://pragprog.com/titles/atcrime2/your-code-as-a-crime-scene-second-edition/',
}

const describe = (hotspot: Hotspot): string =>
  `${hotspot.commits} commits, cognitive complexity ${hotspot.complexity}, ${hotspot.codeLines} code lines; ` +
  `main author ${hotspot.mainAuthorName} (${Math.round(hotspot.mainAuthorShare * 100)}% of changes)`

function complexHotspot(hotspot: Hotspot): FindingDraft {
  const severity = hotspot.tested && !hotspot.mainAuthorInactive ? 'medium' : 'high'
  return {
    ruleId: 'hotspots/complex-hotspot',
    category: 'debt',
    severity,
    title: `Complex code that changes often: ${hotspot.path}`,
    explanation:
      'This file is among the most changed and the most complex in the repository. Every change pays ' +
      'for its complexity again, so simplifying it has the highest return of any refactoring here.',
    location: { path: hotspot.path, line: null, column: null },
    evidence: `${describe(hotspot)}.`,
    effortMinutes: Math.min(40 * 60, Math.max(4 * 60, hotspot.complexity * 5)),
    remediation:
      'Refactor it first among all debt: pin its behaviour with tests, then split out the most complex ' +
      'functions (see the worst-functions table) along the reasons it changes.',
    references: [HOTSPOT_REFERENCE],
    snippet: 'complex-hotspot',
  }
}

function untestedHotspot(hotspot: Hotspot): FindingDraft {
  return {
    ruleId: 'hotspots/untested-hotspot',
    category: 'reliability',
    severity: 'medium',
    title: `No tests found for a hotspot: ${hotspot.path}`,
    explanation:
      'No test file of the same name exists for this often-changed, complex file, so its frequent changes ' +
      'are checked by hand or not at all. (Found by file names: the audit does not run the tests.)',
    location: { path: hotspot.path, line: null, column: null },
    evidence: `${describe(hotspot)}; no test file named after it.`,
    effortMinutes: Math.min(24 * 60, Math.max(2 * 60, hotspot.codeLines * 2)),
    remediation:
      'Write characterisation tests for its current behaviour before the next change, starting with the ' +
      'paths the recent commits touched.',
    references: [HOTSPOT_REFERENCE],
    snippet: 'untested-hotspot',
  }
}

function knowledgeAtRisk(hotspot: Hotspot): FindingDraft {
  return {
    ruleId: 'hotspots/knowledge-at-risk',
    category: 'process',
    severity: 'high',
    title: `A hotspot's main author has left: ${hotspot.path}`,
    explanation:
      `${hotspot.mainAuthorName} made most of the changes to this hotspot and has not committed in 90 days. ` +
      'The code that changes most is now understood by nobody on the active team.',
    location: { path: hotspot.path, line: null, column: null },
    evidence: `${describe(hotspot)}; no commit by ${hotspot.mainAuthorName} in the last 90 days.`,
    effortMinutes: 8 * 60,
    remediation:
      'Assign an owner on the current team, have them document the file and review every change to it; if ' +
      'the former author can be reached, hold a recorded walkthrough.',
    references: [HOTSPOT_REFERENCE],
    snippet: 'knowledge-at-risk',
  }
}

export function hotspotFindings(facts: HotspotFacts): FindingDraft[] {
  const top = facts.hotspots
    .slice(0, TOP_HOTSPOTS)
    .filter((hotspot) => hotspot.complexity >= COMPLEX_HOTSPOT_MIN_COMPLEXITY)
  return [
    ...top.map(complexHotspot),
    ...top.filter((hotspot) => !hotspot.tested).map(untestedHotspot),
    ...top
      .filter((hotspot) => hotspot.mainAuthorInactive && hotspot.mainAuthorShare > KNOWLEDGE_SHARE)
      .map(knowledgeAtRisk),
  ]
}
