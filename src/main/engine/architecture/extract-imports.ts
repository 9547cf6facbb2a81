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

// ts-morph serves every property of `ts` through a getter: read what the per-node code uses once.
const {
  SyntaxKind,
  forEachChild,
  isExternalModuleReference,
  isIdentifier,
  isLiteralTypeNode,
  isNamedImports,
} = ts

/** `'x'` or `` `x` ``: a specifier known before the code runs. */
function literalText(node: ts.Node | undefined): string | null {
  if (node === undefined) return null
  return node.kind === SyntaxKind.StringLiteral || node.kind === SyntaxKind.NoSubstitutionTemplateLiteral
    ? (node as ts.StringLiteralLike).text
    : null
}

function everyNameIsType(clause: ts.ImportClause | undefined): boolean {
  if (clause === undefined) return false
  if (clause.isTypeOnly) return true
  const bindings = clause.namedBindings
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  )
}

type Classified = { specifier: string; kind: ImportKind } | 'non-literal' | null

function classifyCall(node: ts.CallExpression): Classified {
  const callee = node.expression
  const kind: ImportKind | null =
    callee.kind === SyntaxKind.ImportKeyword
      ? 'dynamic'
      : isIdentifier(callee) && callee.text === 'require'
        ? 'require'
        : null
  if (kind === null || node.arguments.length === 0) return null
  const specifier = literalText(node.arguments[0])
  return specifier === null ? 'non-literal' : { specifier, kind }
}

/** What one node imports, if it is an import at all. One switch on the kind: this runs for every node. */
function classify(node: ts.Node): Classified {
  switch (node.kind) {
    case SyntaxKind.ImportDeclaration: {
      const declaration = node as ts.ImportDeclaration
      const specifier = literalText(declaration.moduleSpecifier)
      return specifier === null
        ? null
        : { specifier, kind: everyNameIsType(declaration.importClause) ? 'type-only' : 'static' }
    }
    case SyntaxKind.ExportDeclaration: {
      const declaration = node as ts.ExportDeclaration
      const specifier = literalText(declaration.moduleSpecifier)
      return specifier === null
        ? null
        : { specifier, kind: declaration.isTypeOnly ? 'type-only' : 're-export' }
    }
    case SyntaxKind.ImportEqualsDeclaration: {
      const declaration = node as ts.ImportEqualsDeclaration
      const reference = declaration.moduleReference
      const specifier = isExternalModuleReference(reference) ? literalText(reference.expression) : null
      return specifier === null ? null : { specifier, kind: declaration.isTypeOnly ? 'type-only' : 'static' }
    }
    case SyntaxKind.ImportType: {
      const argument = (node as ts.ImportTypeNode).argument
      const specifier = isLiteralTypeNode(argument) ? literalText(argument.literal) : null
      return specifier === null ? null : { specifier, kind: 'type-only' }
    }
    case SyntaxKind.CallExpression:
      return classifyCall(node as ts.CallExpression)
    default:
      return null
  }
}

/** Files that never mention these words import nothing, and need no look at their nodes. */
const MAY_IMPORT = /\b(?:import|require|export)\b/

export interface ImportCollector {
  /** Looks at one node of the file; call it for every node, in any order. */
  visit(node: ts.Node): void
  result(): FileImports
}

/** Collects a file's imports from nodes another walk hands it (the measures' walk, in the parse worker). */
export function createImportCollector(sourceFile: ts.SourceFile): ImportCollector {
  const found: Found[] = []
  let nonLiteral = 0
  const mayImport = MAY_IMPORT.test(sourceFile.text)
  return {
    visit(node) {
      if (!mayImport) return
      const classified = classify(node)
      if (classified === 'non-literal') nonLiteral += 1
      else if (classified !== null) {
        const position = node.getStart(sourceFile)
        const line = sourceFile.getLineAndCharacterOfPosition(position).line + 1
        found.push({ position, reference: { ...classified, line } })
      }
    },
    result() {
      const imports = found.toSorted((left, right) => left.position - right.position)
      return { imports: imports.map((entry) => entry.reference), nonLiteral }
    },
  }
}

/**
 * Every module a parsed file refers to, and how many imports it computes at run time, by a walk of
 * its own. The walk uses an explicit stack, visiting each node once: untrusted sources can nest
 * thousands of levels deep, deeper than the call stack allows.
 */
export function scanImports(sourceFile: ts.SourceFile): FileImports {
  const collector = createImportCollector(sourceFile)
  const pending: ts.Node[] = [sourceFile]
  const enqueue = (child: ts.Node): void => {
    pending.push(child)
  }
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    collector.visit(node)
    forEachChild(node, enqueue)
  }
  return collector.result()
}

/** The imports of a parsed file, in source order (see `scanImports`). */
export function extractImports(sourceFile: ts.SourceFile): ImportReference[] {
  return scanImports(sourceFile).imports
}
