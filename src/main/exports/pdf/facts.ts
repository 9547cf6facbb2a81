import type { ArchitectureFacts, DetectedTechnology } from '../../../shared/domain/facts/architecture-facts'
import {
  FUNCTION_KINDS,
  type ComplexityFacts,
  type DuplicationSummary,
  type FunctionComplexity,
  type FunctionKind,
} from '../../../shared/domain/facts/complexity-facts'
import type {
  AuthorStats,
  FileHistory,
  GitHistoryFacts,
  MonthActivity,
  TruckFactor,
} from '../../../shared/domain/facts/git-history-facts'
import type { Hotspot } from '../../../shared/domain/facts/hotspot-facts'
import type { SecretCommit } from '../../../shared/domain/facts/secrets-facts'
import { SEVERITIES, type Severity } from '../../../shared/domain/finding'
import {
  FILE_KINDS,
  type CountedFile,
  type ExcludedFile,
  type FileKind,
  type InventoryFacts,
  type LanguageTotals,
} from '../../../shared/domain/facts/inventory-facts'

/**
 * Reads the analyzers' facts out of a snapshot, for the pack and the workbook. They are typed
 * `unknown` there: a snapshot may come from an older engine, a restored backup or a hand-edited
 * file. Anything of the wrong shape is dropped (an entry) or defaulted (a number), so the report
 * shows less rather than failing.
 */
type Row = Record<string, unknown>

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const numOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null
const num = (value: unknown): number => numOrNull(value) ?? 0
const str = (value: unknown): string => (typeof value === 'string' ? value : '')
const strOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null)
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : []
const rows = (value: unknown): Row[] => (Array.isArray(value) ? value.filter(isRow) : [])
const kindOf = (value: unknown): FileKind => FILE_KINDS.find((kind) => kind === value) ?? 'unreadable'
const EXCLUDED_KINDS = FILE_KINDS.filter((kind): kind is ExcludedFile['kind'] => kind !== 'code')
const excludedKindOf = (value: unknown): ExcludedFile['kind'] =>
  EXCLUDED_KINDS.find((kind) => kind === value) ?? 'unreadable'

const lineCounts = (row: Row) => ({
  code: num(row['code']),
  comment: num(row['comment']),
  blank: num(row['blank']),
})

export function readInventory(facts: Record<string, unknown> | null): InventoryFacts | null {
  const raw = facts?.['inventory']
  if (!isRow(raw)) return null
  const totals = isRow(raw['totals']) ? raw['totals'] : {}
  const languages: LanguageTotals[] = rows(raw['languages']).map((row) => ({
    language: str(row['language']),
    files: num(row['files']),
    ...lineCounts(row),
  }))
  const files: CountedFile[] = rows(raw['files'])
    .filter((row) => typeof row['path'] === 'string')
    .map((row) => ({
      path: str(row['path']),
      language: str(row['language']),
      bytes: num(row['bytes']),
      ...lineCounts(row),
    }))
  const excluded: ExcludedFile[] = rows(raw['excluded']).map((row) => ({
    path: str(row['path']),
    kind: excludedKindOf(row['kind']),
    bytes: num(row['bytes']),
    reason: str(row['reason']),
  }))
  const counts = isRow(raw['excludedCounts']) ? raw['excludedCounts'] : {}
  const excludedCounts = Object.fromEntries(
    EXCLUDED_KINDS.map((kind) => [kind, num(counts[kind])]),
  ) as InventoryFacts['excludedCounts']
  return {
    totals: { files: num(totals['files']), bytes: num(totals['bytes']), ...lineCounts(totals) },
    languages,
    files,
    excluded,
    excludedCounts,
    largestFiles: rows(raw['largestFiles']).map((row) => ({
      path: str(row['path']),
      bytes: num(row['bytes']),
      kind: kindOf(row['kind']),
    })),
  }
}

export function readGitHistory(facts: Record<string, unknown> | null): GitHistoryFacts | null {
  const raw = facts?.['git-history']
  if (!isRow(raw)) return null
  const authors: AuthorStats[] = rows(raw['authors']).map((row) => ({
    id: str(row['id']),
    name: str(row['name']),
    emails: strings(row['emails']),
    bot: row['bot'] === true,
    commits: num(row['commits']),
    linesAdded: num(row['linesAdded']),
    linesDeleted: num(row['linesDeleted']),
    firstCommitAt: str(row['firstCommitAt']),
    lastCommitAt: str(row['lastCommitAt']),
  }))
  const commitsPerMonth: MonthActivity[] = rows(raw['commitsPerMonth']).map((row) => ({
    month: str(row['month']),
    commits: num(row['commits']),
    authors: num(row['authors']),
  }))
  const files: FileHistory[] = rows(raw['files']).map((row) => ({
    path: str(row['path']),
    commits: num(row['commits']),
    linesAdded: num(row['linesAdded']),
    linesDeleted: num(row['linesDeleted']),
    authors: num(row['authors']),
    mainAuthorId: str(row['mainAuthorId']),
    mainAuthorShare: num(row['mainAuthorShare']),
    firstChangedAt: str(row['firstChangedAt']),
    lastChangedAt: str(row['lastChangedAt']),
    ageDays: num(row['ageDays']),
  }))
  return {
    commitCount: num(raw['commitCount']),
    mergeCount: num(raw['mergeCount']),
    firstCommitAt: strOrNull(raw['firstCommitAt']),
    lastCommitAt: strOrNull(raw['lastCommitAt']),
    headCommitAt: strOrNull(raw['headCommitAt']),
    authors,
    commitsPerMonth,
    activeContributors90d: num(raw['activeContributors90d']),
    files,
    truckFactor: readTruckFactor(raw['truckFactor']),
    // Runs from before folder truck factors were measured have none.
    truckFactorByFolder: rows(raw['truckFactorByFolder']).map((row) => ({
      folder: str(row['folder']),
      ...readTruckFactor(row),
    })),
  }
}

function readTruckFactor(value: unknown): TruckFactor {
  const truck = isRow(value) ? value : {}
  return {
    value: num(truck['value']),
    authorIds: strings(truck['authorIds']),
    filesConsidered: num(truck['filesConsidered']),
  }
}

/** An entry that names no file cannot be located, so it is not shown. */
const hasPath = (row: Row): boolean => typeof row['path'] === 'string' && row['path'] !== ''
const bool = (value: unknown): boolean => value === true
const boolOrNull = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null)
const functionKindOf = (value: unknown): FunctionKind =>
  FUNCTION_KINDS.find((kind) => kind === value) ?? 'function'

/** The part of the complexity facts the exports lay out: totals, worst functions, strictness, duplication. */
export type ComplexitySummary = Pick<ComplexityFacts, 'totals' | 'worstFunctions' | 'tsconfigs'> & {
  duplication: Pick<DuplicationSummary, 'percentage' | 'totalLines'>
}

function readFunction(row: Row): FunctionComplexity {
  return {
    path: str(row['path']),
    name: str(row['name']),
    kind: functionKindOf(row['kind']),
    line: num(row['line']),
    lines: num(row['lines']),
    parameters: num(row['parameters']),
    cyclomatic: num(row['cyclomatic']),
    cognitive: num(row['cognitive']),
    maxNesting: num(row['maxNesting']),
  }
}

export function readComplexity(facts: Record<string, unknown> | null): ComplexitySummary | null {
  const raw = facts?.['complexity']
  if (!isRow(raw)) return null
  const totals = isRow(raw['totals']) ? raw['totals'] : {}
  const duplication = isRow(raw['duplication']) ? raw['duplication'] : {}
  return {
    totals: {
      files: num(totals['files']),
      functions: num(totals['functions']),
      complexFunctions: num(totals['complexFunctions']),
      codeLines: num(totals['codeLines']),
      anyCount: num(totals['anyCount']),
      tsIgnore: num(totals['tsIgnore']),
      tsExpectError: num(totals['tsExpectError']),
      eslintDisable: num(totals['eslintDisable']),
      nonNullAssertions: num(totals['nonNullAssertions']),
      markers: num(totals['markers']),
    },
    worstFunctions: rows(raw['worstFunctions']).filter(hasPath).map(readFunction),
    tsconfigs: rows(raw['tsconfigs']).map((row) => ({
      path: str(row['path']),
      strict: boolOrNull(row['strict']),
      noImplicitAny: boolOrNull(row['noImplicitAny']),
      strictNullChecks: boolOrNull(row['strictNullChecks']),
    })),
    duplication: {
      percentage: num(duplication['percentage']),
      totalLines: num(duplication['totalLines']),
    },
  }
}

/** The ranked hotspots, best first, or null when the hotspots analyzer left nothing. */
export function readHotspots(facts: Record<string, unknown> | null): Hotspot[] | null {
  const raw = facts?.['hotspots']
  if (!isRow(raw)) return null
  return rows(raw['hotspots'])
    .filter(hasPath)
    .map((row) => ({
      path: str(row['path']),
      commits: num(row['commits']),
      complexity: num(row['complexity']),
      codeLines: num(row['codeLines']),
      score: num(row['score']),
      mainAuthorId: str(row['mainAuthorId']),
      mainAuthorName: str(row['mainAuthorName']),
      mainAuthorShare: num(row['mainAuthorShare']),
      mainAuthorInactive: bool(row['mainAuthorInactive']),
      authors: num(row['authors']),
      lastChangedAt: str(row['lastChangedAt']),
      tested: bool(row['tested']),
    }))
}

/**
 * The part of the architecture facts the pack lays out. Categories stay text: a snapshot from a newer
 * engine may name one this version does not know, and it is still worth showing.
 */
export type ArchitectureSummary = Pick<
  ArchitectureFacts,
  'modules' | 'imports' | 'cycles' | 'datastores' | 'tests'
> & {
  technologies: (Omit<DetectedTechnology, 'category'> & { category: string })[]
}

export function readArchitecture(facts: Record<string, unknown> | null): ArchitectureSummary | null {
  const raw = facts?.['architecture']
  if (!isRow(raw)) return null
  const imports = isRow(raw['imports']) ? raw['imports'] : {}
  const cycles = isRow(raw['cycles']) ? raw['cycles'] : {}
  const tests = isRow(raw['tests']) ? raw['tests'] : {}
  return {
    modules: num(raw['modules']),
    imports: {
      internal: num(imports['internal']),
      internalEdges: num(imports['internalEdges']),
      otherFiles: num(imports['otherFiles']),
      external: num(imports['external']),
      builtin: num(imports['builtin']),
      unresolved: num(imports['unresolved']),
      nonLiteral: num(imports['nonLiteral']),
    },
    cycles: {
      total: num(cycles['total']),
      modulesInCycles: num(cycles['modulesInCycles']),
      components: rows(cycles['components']).map((row) => ({
        size: num(row['size']),
        members: strings(row['members']),
        path: strings(row['path']),
        length: num(row['length']),
      })),
    },
    technologies: rows(raw['technologies']).map((row) => ({
      id: str(row['id']),
      name: str(row['name']),
      category: str(row['category']),
      datastore: strOrNull(row['datastore']),
      evidence: rows(row['evidence']).map((evidence) => ({
        source: evidence['source'] === 'import' ? 'import' : 'manifest',
        package: str(evidence['package']),
        path: str(evidence['path']),
      })),
      importingFiles: num(row['importingFiles']),
    })),
    datastores: rows(raw['datastores']).map((row) => ({
      name: str(row['name']),
      technologies: strings(row['technologies']),
    })),
    tests: {
      testFiles: num(tests['testFiles']),
      testLines: num(tests['testLines']),
      productionFiles: num(tests['productionFiles']),
      productionLines: num(tests['productionLines']),
      ratio: numOrNull(tests['ratio']),
      frameworks: strings(tests['frameworks']),
    },
  }
}

/** One secret the engine found, redacted; the history fields are empty for runs that did not read them. */
export interface SecretRow {
  path: string
  line: number | null
  ruleId: string
  severity: Severity
  /** The masked value and its hash, as the engine wrote it; never the secret. */
  redacted: string | null
  commit: SecretCommit | null
  /** Found only in an earlier commit: removed from the files, still in every clone. */
  inHistoryOnly: boolean
}

export interface SecretsSummary {
  filesScanned: number
  skipped: { path: string; reason: string }[]
  occurrences: SecretRow[]
}

const severityOf = (value: unknown): Severity => SEVERITIES.find((severity) => severity === value) ?? 'info'

function readSecretCommit(value: unknown): SecretCommit | null {
  if (!isRow(value) || typeof value['sha'] !== 'string' || value['sha'] === '') return null
  return { sha: str(value['sha']), author: str(value['author']), date: str(value['date']) }
}

/** The secrets facts, or null when the run did not scan for secrets. Occurrences without a path are dropped. */
export function readSecrets(facts: Record<string, unknown> | null): SecretsSummary | null {
  const raw = facts?.['secrets']
  if (!isRow(raw)) return null
  return {
    filesScanned: num(raw['filesScanned']),
    skipped: rows(raw['skipped'])
      .filter(hasPath)
      .map((row) => ({ path: str(row['path']), reason: str(row['reason']) })),
    occurrences: rows(raw['occurrences'])
      .filter(hasPath)
      .map((row) => ({
        path: str(row['path']),
        line: numOrNull(row['line']),
        ruleId: str(row['ruleId']),
        severity: severityOf(row['severity']),
        // Only the engine's redacted string, and only when it is a string: nothing else is shown.
        redacted: strOrNull(row['redacted']),
        commit: readSecretCommit(row['commit']),
        inHistoryOnly: bool(row['inHistoryOnly']),
      })),
  }
}

/** One insecure construct the security-patterns analyzer found; the snippet is the engine's own words. */
export interface PatternOccurrenceRow {
  ruleId: string
  path: string
  line: number | null
  severity: Severity
  snippet: string
  loweredBecause: string | null
}

/** A rule as the exports name it; texts stay strings so a rule from a newer engine is still shown. */
export interface PatternRuleRow {
  /** `security-patterns/<id>`, as the occurrences and findings name it. */
  ruleId: string
  title: string
  cwe: string
  owasp: string
}

export interface SecurityPatternSummary {
  rules: PatternRuleRow[]
  filesChecked: { code: number; dockerfile: number; ciWorkflow: number }
  occurrences: PatternOccurrenceRow[]
  truncatedBecause: string | null
}

/**
 * The security-patterns facts, or null when the run did not look for them. Entries without a path or a
 * rule are dropped.
 */
export function readSecurityPatterns(facts: Record<string, unknown> | null): SecurityPatternSummary | null {
  const raw = facts?.['security-patterns']
  if (!isRow(raw)) return null
  const files = isRow(raw['filesChecked']) ? raw['filesChecked'] : {}
  return {
    rules: rows(raw['rules'])
      .filter((row) => typeof row['id'] === 'string' && row['id'] !== '')
      .map((row) => ({
        ruleId: `security-patterns/${str(row['id'])}`,
        title: str(row['title']),
        cwe: str(row['cwe']),
        owasp: str(row['owasp']),
      })),
    filesChecked: {
      code: num(files['code']),
      dockerfile: num(files['dockerfile']),
      ciWorkflow: num(files['ci-workflow']),
    },
    occurrences: rows(raw['occurrences'])
      .filter((row) => hasPath(row) && typeof row['ruleId'] === 'string')
      .map((row) => ({
        ruleId: str(row['ruleId']),
        path: str(row['path']),
        line: numOrNull(row['line']),
        severity: severityOf(row['severity']),
        snippet: str(row['snippet']),
        loweredBecause: strOrNull(row['loweredBecause']),
      })),
    truncatedBecause: strOrNull(raw['truncatedBecause']),
  }
}
