import { ts } from 'ts-morph'
import type { MeasuredFunction } from './function-nodes'

// ts-morph serves TypeScript's API through getters: what runs per node is read once, here.
const { SyntaxKind } = ts

const ANONYMOUS = '<anonymous>'
/** Names come from the audited code: long ones are cut so one file cannot bloat the results. */
const MAX_NAME_LENGTH = 200
/** `a.b.c` names an assignment target or a callee; longer chains are left unnamed. */
const MAX_REFERENCE_SEGMENTS = 8

const cap = (name: string): string => (name.length > MAX_NAME_LENGTH ? name.slice(0, MAX_NAME_LENGTH) : name)
const qualify = (container: string | undefined, member: string): string =>
  container === undefined ? member : `${container}.${member}`

/** Wrappers that leave the value as it is: `(f)`, `f as T`, `f satisfies T`, `<T>f`, `f!`. */
function isTransparent(node: ts.Node): boolean {
  return (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isTypeAssertionExpression(node) ||
    ts.isNonNullExpression(node)
  )
}

function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return (
    kind === SyntaxKind.EqualsToken ||
    kind === SyntaxKind.BarBarEqualsToken ||
    kind === SyntaxKind.AmpersandAmpersandEqualsToken ||
    kind === SyntaxKind.QuestionQuestionEqualsToken
  )
}

/** The last name of a callee (`f` of `f`, `this.f` or `a['f']`): a cheap first test for recursion. */
export function calleeTail(expression: ts.Expression): string | undefined {
  switch (expression.kind) {
    case SyntaxKind.Identifier:
      return (expression as ts.Identifier).text
    case SyntaxKind.PropertyAccessExpression:
      return (expression as ts.PropertyAccessExpression).name.text
    case SyntaxKind.ElementAccessExpression: {
      const argument = (expression as ts.ElementAccessExpression).argumentExpression
      return ts.isStringLiteralLike(argument) ? argument.text : undefined
    }
    default:
      return undefined
  }
}

/** `a`, `this.a`, `a.b.c` or `a['b']`, as written; undefined for anything else. */
export function referenceName(expression: ts.Expression): string | undefined {
  const segments: string[] = []
  let node: ts.Expression = expression
  while (segments.length < MAX_REFERENCE_SEGMENTS) {
    if (ts.isIdentifier(node)) return [node.text, ...segments.reverse()].join('.')
    if (node.kind === SyntaxKind.ThisKeyword) return ['this', ...segments.reverse()].join('.')
    if (ts.isPropertyAccessExpression(node)) {
      segments.push(node.name.text)
      node = node.expression
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      segments.push(node.argumentExpression.text)
      node = node.expression
    } else return undefined
  }
  return undefined
}

function memberName(name: ts.PropertyName, sourceFile: ts.SourceFile): string {
  if (ts.isComputedPropertyName(name)) return `[${name.expression.getText(sourceFile)}]`
  return name.text
}

function className(node: ts.ClassLikeDeclaration, sourceFile: ts.SourceFile): string {
  if (node.name) return node.name.text
  if (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Default) return 'default'
  return assignedName(node, sourceFile, false) ?? ANONYMOUS
}

/**
 * The name a value is bound to: a variable, parameter or destructured default, a class field, an
 * object property, an assignment's target, or `default` for `export default`. `qualified` adds the
 * class or object the member belongs to, one level deep.
 */
function assignedName(value: ts.Node, sourceFile: ts.SourceFile, qualified: boolean): string | undefined {
  let node = value
  while (isTransparent(node.parent)) node = node.parent
  const parent = node.parent
  if (
    (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) &&
    parent.initializer === node
  ) {
    return ts.isIdentifier(parent.name) ? parent.name.text : undefined
  }
  if (ts.isPropertyDeclaration(parent) && parent.initializer === node) {
    const member = memberName(parent.name, sourceFile)
    return qualified ? qualify(className(parent.parent, sourceFile), member) : member
  }
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
    const member = memberName(parent.name, sourceFile)
    return qualified ? qualify(assignedName(parent.parent, sourceFile, false), member) : member
  }
  if (
    ts.isBinaryExpression(parent) &&
    parent.right === node &&
    isAssignmentOperator(parent.operatorToken.kind)
  ) {
    return referenceName(parent.left)
  }
  if (ts.isExportAssignment(parent)) return 'default'
  return undefined
}

/** The class or object literal a member belongs to, by name, when it has one. */
function containerName(member: ts.ClassElement | ts.ObjectLiteralElement, sourceFile: ts.SourceFile) {
  const container = member.parent
  return ts.isClassLike(container)
    ? className(container, sourceFile)
    : assignedName(container, sourceFile, false)
}

/** What a report calls `fn`: declared name, else inferred from where it is assigned, else `<anonymous>`. */
export function functionName(fn: MeasuredFunction, sourceFile: ts.SourceFile): string {
  switch (fn.kind) {
    case SyntaxKind.FunctionDeclaration:
      // Only `export default function () {}` may leave the name out.
      return cap(fn.name?.text ?? 'default')
    case SyntaxKind.FunctionExpression:
    case SyntaxKind.ArrowFunction:
      return cap(fn.name?.text ?? assignedName(fn, sourceFile, true) ?? ANONYMOUS)
    case SyntaxKind.Constructor:
      return cap(qualify(containerName(fn, sourceFile), 'constructor'))
    case SyntaxKind.ClassStaticBlockDeclaration:
      return cap(qualify(containerName(fn, sourceFile), '<static>'))
    default:
      return cap(qualify(containerName(fn, sourceFile), memberName(fn.name, sourceFile)))
  }
}

/** How a member is called from inside its class or object: `this.m`, and `Container.m` when named. */
function memberReferences(member: ts.ClassElement | ts.ObjectLiteralElement, sourceFile: ts.SourceFile) {
  if (!member.name || ts.isComputedPropertyName(member.name)) return []
  const container = containerName(member, sourceFile)
  const name = member.name.text
  return container === undefined ? [`this.${name}`] : [`this.${name}`, `${container}.${name}`]
}

/**
 * The callee names that make a call recursive: the function's own name, or the variable, property or
 * member it is assigned to. Getters, setters, constructors and static blocks are not called by name.
 */
export function selfReferences(fn: MeasuredFunction, sourceFile: ts.SourceFile): string[] {
  switch (fn.kind) {
    case SyntaxKind.FunctionDeclaration:
      return fn.name ? [fn.name.text] : []
    case SyntaxKind.MethodDeclaration:
      return memberReferences(fn, sourceFile)
    case SyntaxKind.FunctionExpression:
    case SyntaxKind.ArrowFunction: {
      if (fn.name) return [fn.name.text]
      let node: ts.Node = fn
      while (isTransparent(node.parent)) node = node.parent
      const parent = node.parent
      if (
        (ts.isPropertyDeclaration(parent) || ts.isPropertyAssignment(parent)) &&
        parent.initializer === node
      ) {
        return memberReferences(parent, sourceFile)
      }
      const assigned = assignedName(fn, sourceFile, false)
      return assigned === undefined ? [] : [assigned]
    }
    default:
      return []
  }
}
