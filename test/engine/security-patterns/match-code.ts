import { ts } from 'ts-morph'
import { measureSourceFile } from '../../../src/main/engine/code/measure'
import type { PatternMatch } from '../../../src/main/engine/security-patterns/pattern-match'
import { createPatternMatcher } from '../../../src/main/engine/security-patterns/pattern-matcher'
import type { RuleFamily } from '../../../src/main/engine/security-patterns/rule-family'

/**
 * Parses a snippet as the parse worker does (no parent pointers from the parser) and feeds every node
 * to the pattern matcher from the measures' walk, which sets parents on its way down, as in the engine.
 */
export function matchCode(
  code: string,
  path = 'src/app.tsx',
  families?: readonly RuleFamily[],
): PatternMatch[] {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const sourceFile = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, false, kind)
  const matcher = createPatternMatcher(sourceFile, families)
  measureSourceFile(sourceFile, matcher.visit)
  return matcher.matches()
}
