import type { CodeMarker, FunctionKind } from '../../../../shared/domain/facts/complexity-facts'

// The facts' own vocabulary: what the measures call a function kind or a marker is what is stored.
export type { FunctionKind }
export type MarkerKind = CodeMarker['kind']

export interface FunctionMeasures {
  /** The declared name, else the variable, property or member it is assigned to; members as `Class.member`. */
  name: string
  kind: FunctionKind
  /** 1-based, where the function starts (after any decorators). */
  line: number
  column: number
  endLine: number
  lines: number
  /** Declared parameters; TypeScript's `this` parameter is a type annotation, not a parameter. */
  parameters: number
  /** As ESLint's `complexity` rule counts it (ESLint 9, default options): nested functions count on their own. */
  cyclomatic: number
  /**
   * As the Cognitive Complexity white paper defines it: nested functions' increments are included, at
   * their nesting, so a function and the functions inside it are each scored whole.
   */
  cognitive: number
  /** The deepest nesting of control-flow structures in the function's own body (0 when it has none). */
  maxNesting: number
  /**
   * Index in `FileMeasures.functions` of the function this one is written inside, or null. Cognitive
   * scores of nested functions are already in their enclosing function's score: sum only top-level ones.
   */
  enclosingFunction: number | null
}

export interface CommentMarker {
  kind: MarkerKind
  line: number
  /** The comment line from the marker on, trimmed and capped. */
  text: string
}

export interface Suppressions {
  tsIgnore: number
  tsExpectError: number
  /** `eslint-disable`, `eslint-disable-line` and `eslint-disable-next-line` directives. */
  eslintDisable: number
}

export interface FileMeasures {
  /** Every function with a body, in the order they start. */
  functions: FunctionMeasures[]
  /** `any` written as a type, wherever it appears (annotations, assertions, type arguments). */
  anyCount: number
  suppressions: Suppressions
  nonNullAssertions: number
  markers: CommentMarker[]
}
