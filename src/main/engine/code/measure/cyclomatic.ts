import { ts } from 'ts-morph'

// ts-morph serves TypeScript's API through getters: what runs per node is read once, here.
const { SyntaxKind } = ts

/*
 * Cyclomatic complexity as ESLint's `complexity` rule counts it (ESLint 9.39, default "classic"
 * variant): 1, plus one for each IfStatement, ConditionalExpression, For/ForIn/ForOf/While/DoWhile
 * statement, CatchClause, SwitchCase with a test (`default:` adds nothing, nor does the `switch`),
 * LogicalExpression (`&&`, `||`, `??`), logical assignment (`&&=`, `||=`, `??=`), optional member
 * access or call (each `?.`) and AssignmentPattern (every default value: parameters, destructuring
 * declarations, destructuring assignments). Those ESTree nodes, found in TypeScript's syntax tree.
 */

const isLiteralPattern = (node: ts.Node): node is ts.ArrayLiteralExpression | ts.ObjectLiteralExpression =>
  node.kind === SyntaxKind.ArrayLiteralExpression || node.kind === SyntaxKind.ObjectLiteralExpression

const isPlainAssignment = (node: ts.Node): node is ts.BinaryExpression =>
  ts.isBinaryExpression(node) && node.operatorToken.kind === SyntaxKind.EqualsToken

/** Counts, per node, the decision points ESLint adds; it must see a file's nodes parents first. */
export class CyclomaticCounter {
  /*
   * TypeScript parses `[a = 1] = list` as an array literal holding an assignment; ESTree calls it an
   * ArrayPattern holding an AssignmentPattern. Literals on the left of an assignment are remembered
   * here, on the way down, so their defaults can be told from ordinary assignments.
   */
  private readonly destructuringTargets = new Set<ts.Node>()

  increment(node: ts.Node): number {
    switch (node.kind) {
      case SyntaxKind.IfStatement:
      case SyntaxKind.ConditionalExpression:
      case SyntaxKind.ForStatement:
      case SyntaxKind.WhileStatement:
      case SyntaxKind.DoStatement:
      case SyntaxKind.CatchClause:
      case SyntaxKind.CaseClause:
        return 1
      case SyntaxKind.ForInStatement:
      case SyntaxKind.ForOfStatement:
        this.rememberTarget((node as ts.ForInOrOfStatement).initializer)
        return 1
      case SyntaxKind.BinaryExpression:
        return this.binary(node as ts.BinaryExpression)
      case SyntaxKind.PropertyAccessExpression:
      case SyntaxKind.ElementAccessExpression:
      case SyntaxKind.CallExpression:
        return (node as ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.CallExpression)
          .questionDotToken
          ? 1
          : 0
      case SyntaxKind.Parameter:
      case SyntaxKind.BindingElement:
        return (node as ts.ParameterDeclaration | ts.BindingElement).initializer ? 1 : 0
      case SyntaxKind.ShorthandPropertyAssignment:
        // `{ a = 1 }` is only valid as a destructuring target.
        return (node as ts.ShorthandPropertyAssignment).objectAssignmentInitializer ? 1 : 0
      case SyntaxKind.ArrayLiteralExpression:
      case SyntaxKind.ObjectLiteralExpression:
        return this.destructuringDefaults(node as ts.ArrayLiteralExpression | ts.ObjectLiteralExpression)
      default:
        return 0
    }
  }

  private binary(node: ts.BinaryExpression): number {
    switch (node.operatorToken.kind) {
      case SyntaxKind.AmpersandAmpersandToken:
      case SyntaxKind.BarBarToken:
      case SyntaxKind.QuestionQuestionToken:
      case SyntaxKind.AmpersandAmpersandEqualsToken:
      case SyntaxKind.BarBarEqualsToken:
      case SyntaxKind.QuestionQuestionEqualsToken:
        return 1
      case SyntaxKind.EqualsToken:
        this.rememberTarget(node.left)
        return 0
      default:
        return 0
    }
  }

  private rememberTarget(node: ts.Node): void {
    if (isLiteralPattern(node)) this.destructuringTargets.add(node)
  }

  /** Defaults in a destructuring target; nested targets are remembered for when the walk reaches them. */
  private destructuringDefaults(node: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression): number {
    if (!this.destructuringTargets.delete(node)) return 0
    let defaults = 0
    for (const element of ts.isArrayLiteralExpression(node) ? node.elements : node.properties) {
      const value = ts.isPropertyAssignment(element)
        ? element.initializer
        : ts.isSpreadElement(element)
          ? element.expression
          : element
      // `x = 1` inside a target is a default: the assignment itself remembers `x` if it is a pattern.
      if (isPlainAssignment(value)) defaults += 1
      else this.rememberTarget(value)
    }
    return defaults
  }
}
