import { ts } from 'ts-morph'
import { measureSourceFile } from '../../../../src/main/engine/code/measure'
import type { FileMeasures } from '../../../../src/main/engine/code/measure'

const SCRIPT_KINDS: Record<string, ts.ScriptKind> = {
  ts: ts.ScriptKind.TS,
  tsx: ts.ScriptKind.TSX,
  js: ts.ScriptKind.JS,
  jsx: ts.ScriptKind.JSX,
}

/**
 * Parses `source` the way the engine does, choosing the script kind from the file's extension: without
 * parent pointers, which the measures' walk sets itself.
 */
export function parse(source: string, file = 'case.ts'): ts.SourceFile {
  const extension = file.slice(file.lastIndexOf('.') + 1)
  return ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, SCRIPT_KINDS[extension])
}

export function measure(source: string, file = 'case.ts'): FileMeasures {
  return measureSourceFile(parse(source, file))
}
