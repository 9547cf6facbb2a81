import { ts } from 'ts-morph'
import { createImportCollector } from '../architecture/extract-imports'
import { createPatternMatcher } from '../security-patterns/pattern-matcher'
import type { DuplicationDetector } from './duplication'
import { measureSourceFile } from './measure'
import type { ParsedSource, SourceProblem, SourceToParse } from './parsed-source'
import { scriptKindOf } from './script-kind'

export type ParseOutcome = { parsed: ParsedSource } | { problem: SourceProblem }

const decoder = new TextDecoder('utf-8')

/** TypeScript's parser recurses per level of nesting (the measures walk with their own stack): past what the thread's stack holds it throws this. */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message)
}

/**
 * Parses one file for syntax only (no program, no type checker), measures it, lists its imports and
 * feeds its tokens to the duplication detector; the syntax tree is dropped on return. Whatever the
 * file holds, the outcome is a result or a problem to report, never an exception.
 */
export function parseSource(
  file: SourceToParse,
  content: Uint8Array,
  duplication: DuplicationDetector,
): ParseOutcome {
  const text = decoder.decode(content)
  try {
    // No parent pointers from the parser: the measures' walk sets them as it goes, for less.
    const sourceFile = ts.createSourceFile(
      file.path,
      text,
      ts.ScriptTarget.Latest,
      false,
      scriptKindOf(file.dialect),
    )
    const importCollector = createImportCollector(sourceFile)
    const patternMatcher = createPatternMatcher(sourceFile)
    const measures = measureSourceFile(sourceFile, (node) => {
      importCollector.visit(node)
      patternMatcher.visit(node)
    })
    const { imports, nonLiteral } = importCollector.result()
    const parsed: ParsedSource = {
      path: file.path,
      codeLines: file.codeLines,
      measures,
      imports,
      nonLiteralImports: nonLiteral,
      securityMatches: patternMatcher.matches(),
    }
    duplication.addFile(file.path, text, { jsx: file.dialect === 'tsx' || file.dialect === 'jsx' })
    return { parsed }
  } catch (error) {
    if (isStackOverflow(error)) {
      return {
        problem: { path: file.path, message: 'Not measured: the code nests too deeply to parse safely.' },
      }
    }
    // Parser messages can echo the file's text, and the file may hold secrets: only the kind is kept.
    const kind = error instanceof Error ? error.name : 'error'
    return { problem: { path: file.path, message: `Not measured: the parser failed (${kind}).` } }
  }
}
