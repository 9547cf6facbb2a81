import { ts } from 'ts-morph'

/**
 * `static`: `import … from`, `import 'x'`, `import x = require('x')`. `type-only`: erased at compile
 * time (`import type`, `export type … from`, imports whose every name is a type, `import('x')` in a
 * type). `re-export`: `export … from`. `require`: a `require('x')` call. `dynamic`: an `import('x')` call.
 */
export type ImportKind = 'static' | 'type-only' | 're-export' | 'require' | 'dynamic'

export interface ImportReference {
  specifier: string
  kind: ImportKind
  line: number
}

export interface FileImports {
  /** In source order. */
  imports: ImportReference[]
  /** `import(expression)` and `require(expression)` whose target is computed at run time. */
  nonLiteral: number
}

interface Found {
  position: number
  reference: ImportReference
}

/** `'x'` or `` `x` ``: a specifier known before the code runs. */
function literalText(node: ts.Node | undefined): string | null {
  return node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    ? node.text
    : null
}

function everyNameIsType(clause: ts.ImportClause | undefined): boolean {
  if (clause === undefined) return false
  if (clause.isTypeOnly) return true
  const bindings = clause.namedBindings
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  )
}

type Classified = { specifier: string; kind: ImportKind } | 'non-literal' | null

/** What one node imports, if it is an import at all. */
function classify(node: ts.Node): Classified {
  if (ts.isImportDeclaration(node)) {
    const specifier = literalText(node.moduleSpecifier)
    return specifier === null
      ? null
      : { specifier, kind: everyNameIsType(node.importClause) ? 'type-only' : 'static' }
  }
  if (ts.isExportDeclaration(node)) {
    const specifier = literalText(node.moduleSpecifier)
    return specifier === null ? null : { specifier, kind: node.isTypeOnly ? 'type-only' : 're-export' }
  }
  if (ts.isImportEqualsDeclaration(node)) {
    const reference = node.moduleReference
    const specifier = ts.isExternalModuleReference(reference) ? literalText(reference.expression) : null
    return specifier === null ? null : { specifier, kind: node.isTypeOnly ? 'type-only' : 'static' }
  }
  if (ts.isImportTypeNode(node)) {
    const argument = node.argument
    const specifier = ts.isLiteralTypeNode(argument) ? literalText(argument.literal) : null
    return specifier === null ? null : { specifier, kind: 'type-only' }
  }
  if (ts.isCallExpression(node)) {
    const callee = node.expression
    const kind: ImportKind | null =
      callee.kind === ts.SyntaxKind.ImportKeyword
        ? 'dynamic'
        : ts.isIdentifier(callee) && callee.text === 'require'
          ? 'require'
          : null
    if (kind === null || node.arguments.length === 0) return null
    const specifier = literalText(node.arguments[0])
    return specifier === null ? 'non-literal' : { specifier, kind }
  }
  return null
}

/** Files that never mention these words import nothing, and need no walk. */
const MAY_IMPORT = /\b(?:import|require|export)\b/

/**
 * Every module a parsed file refers to, and how many imports it computes at run time. Walks the
 * tree with an explicit stack, visiting each node once: untrusted sources can nest thousands of
 * levels deep, deeper than the call stack allows.
 */
export function scanImports(sourceFile: ts.SourceFile): FileImports {
  const found: Found[] = []
  let nonLiteral = 0
  if (!MAY_IMPORT.test(sourceFile.text)) return { imports: [], nonLiteral }
  const pending: ts.Node[] = [sourceFile]
  const enqueue = (child: ts.Node): void => {
    pending.push(child)
  }
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const classified = classify(node)
    if (classified === 'non-literal') nonLiteral += 1
    else if (classified !== null) {
      const position = node.getStart(sourceFile)
      const line = sourceFile.getLineAndCharacterOfPosition(position).line + 1
      found.push({ position, reference: { ...classified, line } })
    }
    ts.forEachChild(node, enqueue)
  }
  found.sort((left, right) => left.position - right.position)
  return { imports: found.map((entry) => entry.reference), nonLiteral }
}

/** The imports of a parsed file, in source order (see `scanImports`). */
export function extractImports(sourceFile: ts.SourceFile): ImportReference[] {
  return scanImports(sourceFile).imports
}
