import { ts } from 'ts-morph'
import type { FunctionKind } from './types'

// ts-morph serves TypeScript's API through getters: what runs per node is read once, here.
const { SyntaxKind } = ts

/** A function-like node with a body, which is what gets measured. */
export type MeasuredFunction =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.MethodDeclaration
  | ts.AccessorDeclaration
  | ts.ConstructorDeclaration
  | ts.ClassStaticBlockDeclaration

/**
 * The kind of function `node` is, or undefined when it is not one to measure. Overload signatures,
 * abstract methods and ambient declarations have no body, so nothing to measure (ESLint skips them too).
 */
export function functionKind(node: ts.Node): FunctionKind | undefined {
  switch (node.kind) {
    case SyntaxKind.FunctionDeclaration:
      return (node as ts.FunctionDeclaration).body ? 'function' : undefined
    case SyntaxKind.FunctionExpression:
      return 'function-expression'
    case SyntaxKind.ArrowFunction:
      return 'arrow'
    case SyntaxKind.MethodDeclaration:
      return (node as ts.MethodDeclaration).body ? 'method' : undefined
    case SyntaxKind.GetAccessor:
      return (node as ts.GetAccessorDeclaration).body ? 'getter' : undefined
    case SyntaxKind.SetAccessor:
      return (node as ts.SetAccessorDeclaration).body ? 'setter' : undefined
    case SyntaxKind.Constructor:
      return (node as ts.ConstructorDeclaration).body ? 'constructor' : undefined
    case SyntaxKind.ClassStaticBlockDeclaration:
      return 'static-block'
    default:
      return undefined
  }
}

/**
 * Whether `child` of `fn` runs as part of the function: its parameters (default values run on each
 * call) and its body. Its name, decorators and type annotations belong to the code around it.
 */
export function isOwnPart(fn: MeasuredFunction, child: ts.Node): boolean {
  return child.kind === SyntaxKind.Parameter || child === fn.body
}

export function parameterCount(fn: MeasuredFunction): number {
  if (fn.kind === SyntaxKind.ClassStaticBlockDeclaration) return 0
  const first = fn.parameters[0]
  const hasThisParameter = first !== undefined && ts.isIdentifier(first.name) && first.name.text === 'this'
  return fn.parameters.length - (hasThisParameter ? 1 : 0)
}

/** A class field's initializer, which ESLint's code path analysis treats as a function of its own. */
export function fieldInitializer(node: ts.Node): ts.Expression | undefined {
  if (node.kind !== SyntaxKind.PropertyDeclaration) return undefined
  const parentKind = node.parent.kind
  return parentKind === SyntaxKind.ClassDeclaration || parentKind === SyntaxKind.ClassExpression
    ? (node as ts.PropertyDeclaration).initializer
    : undefined
}
