import { ts } from 'ts-morph'
import { isScopeBoundary, nameOf } from './syntax'

/** What a local `const` was given: its initializer, and the property taken when it was destructured. */
export interface ConstValue {
  initializer: ts.Expression
  /** `id` of `const { id } = req.params`; undefined for `const x = …`. */
  property: string | undefined
}

type StatementList = ts.NodeArray<ts.Statement>

/** Each block's `const` names, indexed on first use: a file with thousands of sinks scans each block once. */
const constIndexes = new WeakMap<StatementList, ReadonlyMap<string, ConstValue>>()

function indexConsts(statements: StatementList): ReadonlyMap<string, ConstValue> {
  const index = new Map<string, ConstValue>()
  for (const statement of statements) {
    if (!ts.isVariableStatement(statement)) continue
    if ((statement.declarationList.flags & ts.NodeFlags.Const) === 0) continue
    for (const declaration of statement.declarationList.declarations) {
      const initializer = declaration.initializer
      if (initializer === undefined) continue
      if (ts.isIdentifier(declaration.name)) {
        index.set(declaration.name.text, { initializer, property: undefined })
        continue
      }
      if (!ts.isObjectBindingPattern(declaration.name)) continue
      for (const element of declaration.name.elements) {
        const name = nameOf(element.name)
        const property = nameOf(element.propertyName ?? element.name)
        if (element.dotDotDotToken === undefined && name !== undefined && property !== undefined)
          index.set(name, { initializer, property })
      }
    }
  }
  return index
}

function constValueIn(statements: StatementList, name: string): ConstValue | undefined {
  let index = constIndexes.get(statements)
  if (index === undefined) {
    index = indexConsts(statements)
    constIndexes.set(statements, index)
  }
  return index.get(name)
}

/**
 * One hop back: the `const` a name was declared with in the same function (or at the top level of the
 * file, for top-level code), e.g. `const next = req.query.next` or `const { id } = req.params`. Looked
 * up only when a rule's sink receives a bare name, so it costs nothing on ordinary code.
 */
export function localConstOf(identifier: ts.Identifier): ConstValue | undefined {
  for (let node: ts.Node | undefined = identifier.parent; node !== undefined; node = node.parent) {
    if (
      ts.isBlock(node) ||
      ts.isSourceFile(node) ||
      ts.isModuleBlock(node) ||
      ts.isCaseOrDefaultClause(node)
    ) {
      const value = constValueIn(node.statements, identifier.text)
      if (value !== undefined) return value
    }
    if (isScopeBoundary(node)) return undefined
  }
  return undefined
}
