import { ts } from 'ts-morph'
import type { SourceDialect } from './source-kinds'

const SCRIPT_KINDS: Record<SourceDialect, ts.ScriptKind> = {
  ts: ts.ScriptKind.TS,
  tsx: ts.ScriptKind.TSX,
  js: ts.ScriptKind.JS,
  jsx: ts.ScriptKind.JSX,
}

/** TypeScript's name for a dialect, for `createSourceFile`. */
export function scriptKindOf(dialect: SourceDialect): ts.ScriptKind {
  return SCRIPT_KINDS[dialect]
}
