/*
 * Measures of one parsed JavaScript or TypeScript file, from its syntax alone.
 * - cyclomatic: ESLint's `complexity` rule, node for node (cyclomatic.ts); a nested function counts
 *   on its own and adds nothing to the function around it, as in ESLint.
 * - cognitive: the Cognitive Complexity white paper (cognitive.ts). A nested function's increments
 *   count in the function around it, one nesting level deeper, as the paper says; each function is
 *   also reported on its own, scored from its own body. Sum only functions without an
 *   `enclosingFunction` to avoid counting nested ones twice.
 * - comments: found from the syntax tree, so strings, templates, regular expressions and JSX text
 *   never count; suppressions are counted as TypeScript and ESLint honour them (comment-findings.ts).
 */
export { measureSourceFile } from './measure-file'
export type {
  CommentMarker,
  FileMeasures,
  FunctionKind,
  FunctionMeasures,
  MarkerKind,
  Suppressions,
} from './types'
