import {
  COGNITIVE_LIMIT,
  CYCLOMATIC_LIMIT,
  type ComplexityFacts,
  type FileComplexity,
  type FunctionComplexity,
  type TsconfigStrictness,
} from '../../../shared/domain/facts/complexity-facts'
import type { Severity } from '../../../shared/domain/finding'
import type { FindingDraft } from '../types'
import {
  DUPLICATION_PERCENT_LIMIT,
  GOD_FILE_CODE_LINES,
  GOD_FILE_FUNCTIONS,
  GOD_FILE_MIN_CODE_LINES,
} from './complexity-thresholds'

const ANONYMOUS = '<anonymous>'
/** One finding per complex function would bury the inventory; the worst this many are listed. */
const MAX_FUNCTION_FINDINGS = 100
/** Type-safety escapes per 1,000 code lines worth a finding, and a serious one. */
const ESCAPES_PER_KLOC_LOW = 10
const ESCAPES_PER_KLOC_MEDIUM = 25

const COGNITIVE_REFERENCE = {
  kind: 'doc' as const,
  id: 'SonarSource, Cognitive Complexity (G. Ann Campbell)',
  url: 'https://www.sonarsource.com/docs/CognitiveComplexity.pdf',
}
const ESLINT_COMPLEXITY_REFERENCE = {
  kind: 'doc' as const,
  id: 'ESLint complexity rule',
  url: 'https://eslint.org/docs/latest/rules/complexity',
}

function functionSeverity(fn: FunctionComplexity): Severity {
  if (fn.cognitive > 50 || fn.cyclomatic > 50) return 'high'
  if (fn.cognitive > 25 || fn.cyclomatic > 30) return 'medium'
  return 'low'
}

function complexFunctions(facts: ComplexityFacts): FindingDraft[] {
  return facts.worstFunctions
    .filter((fn) => fn.cognitive > COGNITIVE_LIMIT || fn.cyclomatic > CYCLOMATIC_LIMIT)
    .slice(0, MAX_FUNCTION_FINDINGS)
    .map((fn) => ({
      ruleId: 'complexity/complex-function',
      category: 'debt',
      severity: functionSeverity(fn),
      title: `Complex function ${fn.name}: cognitive ${fn.cognitive}, cyclomatic ${fn.cyclomatic}`,
      explanation:
        `Past a cognitive complexity of ${COGNITIVE_LIMIT} (SonarQube's default) or a cyclomatic complexity of ` +
        `${CYCLOMATIC_LIMIT} (ESLint's default), a function is hard to read, to test path by path and to ` +
        'change safely: defects cluster in code like this, and every change to it costs more.',
      location: { path: fn.path, line: fn.line, column: null },
      evidence:
        `${fn.lines} lines, ${fn.parameters} parameter(s), nesting ${fn.maxNesting} deep; ` +
        `cognitive ${fn.cognitive}, cyclomatic ${fn.cyclomatic}.`,
      // About an hour per 40 lines to split up and cover with tests, at least an hour.
      effortMinutes: Math.max(60, Math.round(fn.lines * 1.5)),
      remediation:
        'Cover the current behaviour with tests first, then extract the nested branches into named ' +
        'functions, return early instead of nesting, and replace flag parameters and long condition ' +
        'chains with lookups or polymorphism.',
      references: [COGNITIVE_REFERENCE, ESLINT_COMPLEXITY_REFERENCE],
      // Named functions keep their triage when code moves; anonymous ones can only be told apart by line.
      snippet: fn.name === ANONYMOUS ? `${fn.kind} ${fn.name} ${fn.line}` : `${fn.kind} ${fn.name}`,
    }))
}

function isGodFile(file: FileComplexity): boolean {
  return (
    file.codeLines >= GOD_FILE_CODE_LINES ||
    (file.functions >= GOD_FILE_FUNCTIONS && file.codeLines >= GOD_FILE_MIN_CODE_LINES)
  )
}

function godFiles(facts: ComplexityFacts): FindingDraft[] {
  return facts.files.filter(isGodFile).map((file) => ({
    ruleId: 'complexity/god-file',
    category: 'debt',
    severity: file.codeLines >= 2 * GOD_FILE_CODE_LINES ? 'medium' : 'low',
    title: `Oversized file: ${file.codeLines.toLocaleString('en-US')} code lines, ${file.functions} functions`,
    explanation:
      'A file this large usually holds several responsibilities. Changes for unrelated reasons collide in ' +
      'it, reviews of it are shallow, and it becomes the place nobody wants to touch.',
    location: { path: file.path, line: null, column: null },
    evidence:
      `${file.codeLines} code lines, ${file.functions} functions, cognitive complexity ${file.cognitiveSum} ` +
      `in total (worst function ${file.maxCognitive}).`,
    effortMinutes: Math.min(40 * 60, Math.round(file.codeLines / 4)),
    remediation:
      'Find the groups of functions that change together (git log of the file helps), move each into its ' +
      'own module behind a small interface, and keep the file as a thin entry that re-exports them.',
    references: [],
    snippet: 'god-file',
  }))
}

function describeStrictness(config: TsconfigStrictness): string {
  const setting = (value: boolean | null): string => (value === null ? 'unknown' : value ? 'on' : 'off')
  return `strict ${setting(config.strict)}, noImplicitAny ${setting(config.noImplicitAny)}, strictNullChecks ${setting(config.strictNullChecks)}`
}

function looseTsconfigs(facts: ComplexityFacts): FindingDraft[] {
  return facts.tsconfigs
    .filter((config) => config.strict === false && config.noImplicitAny !== true)
    .map((config) => ({
      ruleId: 'complexity/typescript-not-strict',
      category: 'debt',
      severity: config.strictNullChecks === true ? 'low' : 'medium',
      title: 'TypeScript runs without strict checks',
      explanation:
        'With `strict` off and `noImplicitAny` off, the compiler lets untyped values and unchecked nulls ' +
        'through, so a large class of defects the type system could catch reaches production, and ' +
        'refactoring relies on tests alone.',
      location: { path: config.path, line: null, column: null },
      evidence: describeStrictness(config),
      effortMinutes: 16 * 60,
      remediation:
        'Turn on `strict` in a base tsconfig and fix the errors folder by folder (or turn on `noImplicitAny` ' +
        'and `strictNullChecks` first); keep new code strict from now on with a CI check.',
      references: [
        { kind: 'doc', id: 'TypeScript strict', url: 'https://www.typescriptlang.org/tsconfig/#strict' },
      ],
      snippet: 'tsconfig-strict',
    }))
}

function duplication(facts: ComplexityFacts): FindingDraft[] {
  const { percentage, duplicatedLines, totalLines, cloneCount, clones } = facts.duplication
  if (percentage <= DUPLICATION_PERCENT_LIMIT) return []
  const largest = clones[0]
  return [
    {
      ruleId: 'complexity/duplicated-code',
      category: 'debt',
      severity: percentage > 20 ? 'high' : percentage > 10 ? 'medium' : 'low',
      title: `${percentage.toFixed(1)}% of the code is duplicated`,
      explanation:
        'Copied blocks have to be fixed in every copy; sooner or later one copy is missed and the copies ' +
        'drift apart. Above about 5% duplication is a visible cost in every change.',
      location: null,
      evidence:
        `${duplicatedLines.toLocaleString('en-US')} of ${totalLines.toLocaleString('en-US')} lines in ` +
        `${cloneCount.toLocaleString('en-US')} duplicated block(s)` +
        (largest
          ? `; the largest, ${largest.lines} lines, is in ${largest.first.path}:${largest.first.startLine} and ` +
            `${largest.second.path}:${largest.second.startLine}.`
          : '.'),
      effortMinutes: Math.min(80 * 60, Math.round(duplicatedLines / 10) * 10),
      remediation:
        'Start with the largest blocks in the most-changed files: extract each into one shared function or ' +
        'module and delete the copies; add a duplication check (jscpd) to CI with the current level as the ceiling.',
      references: [],
      snippet: 'duplication',
    },
  ]
}

function typeSafetyEscapes(facts: ComplexityFacts): FindingDraft[] {
  const { anyCount, tsIgnore, tsExpectError, eslintDisable, nonNullAssertions, codeLines } = facts.totals
  const escapes = anyCount + tsIgnore + tsExpectError + eslintDisable + nonNullAssertions
  const perKloc = codeLines === 0 ? 0 : (escapes / codeLines) * 1000
  if (perKloc <= ESCAPES_PER_KLOC_LOW) return []
  return [
    {
      ruleId: 'complexity/type-safety-escapes',
      category: 'debt',
      severity: perKloc > ESCAPES_PER_KLOC_MEDIUM ? 'medium' : 'low',
      title: `${perKloc.toFixed(1)} type-safety escapes per 1,000 lines`,
      explanation:
        '`any`, `@ts-ignore`, `eslint-disable` and non-null assertions each switch a check off where it was ' +
        'inconvenient. A few are normal; this many mean the checks the team relies on are often not running.',
      location: null,
      evidence:
        `${anyCount} any, ${tsIgnore} @ts-ignore, ${tsExpectError} @ts-expect-error, ${eslintDisable} ` +
        `eslint-disable, ${nonNullAssertions} non-null assertions in ${codeLines.toLocaleString('en-US')} code lines.`,
      effortMinutes: Math.min(40 * 60, escapes * 10),
      remediation:
        'Ban new escapes with lint rules (no-explicit-any, ban-ts-comment, no-non-null-assertion) and a ' +
        'ceiling in CI, then remove the existing ones in the most-changed files first.',
      references: [],
      snippet: 'type-safety-escapes',
    },
  ]
}

export function complexityFindings(facts: ComplexityFacts): FindingDraft[] {
  return [
    ...complexFunctions(facts),
    ...godFiles(facts),
    ...looseTsconfigs(facts),
    ...duplication(facts),
    ...typeSafetyEscapes(facts),
  ]
}
