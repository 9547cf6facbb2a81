import { ts } from 'ts-morph'

// ts-morph serves TypeScript's API through getters: what runs per node is read once, here.
const { SyntaxKind } = ts

/*
 * Cognitive Complexity, per G. Ann Campbell's white paper (SonarSource, v1.7, 2023); sections are
 * cited as "WP §…". The walker combines three questions asked of each node:
 * - flatIncrement: the structural +1s of "Increment for breaks in the linear flow" (Appendix B1);
 * - takesNestingIncrement: which of those structures also add the current nesting level (B3);
 * - childNesting: which parts of a structure are nested one level deeper (B2).
 * Nested functions raise the nesting level without an increment of their own (WP §"Increment for
 * nested flow-break structures", B2 "nested methods and lambdas"); the walker handles them, and
 * recursion (B1 "each method in a recursion cycle"), since both need to know the enclosing functions.
 */

function isElseIf(node: ts.IfStatement): boolean {
  return node.parent.kind === SyntaxKind.IfStatement && (node.parent as ts.IfStatement).elseStatement === node
}

function isLoop(kind: ts.SyntaxKind): boolean {
  return (
    kind === SyntaxKind.ForStatement ||
    kind === SyntaxKind.ForInStatement ||
    kind === SyntaxKind.ForOfStatement ||
    kind === SyntaxKind.WhileStatement ||
    kind === SyntaxKind.DoStatement
  )
}

/*
 * WP §"Sequences of logical operators": one increment per run of like binary logical operators, a new
 * run at each change of operator. `??` is left out on purpose: WP §"Ignore shorthand" says Cognitive
 * Complexity "ignores the null-coalescing operators found in many languages". Logical assignments
 * (`||=`) are assignments, not binary logical operators, so they add nothing either.
 */
function sequenceOperator(node: ts.Node): ts.SyntaxKind | undefined {
  if (node.kind !== SyntaxKind.BinaryExpression) return undefined
  const operator = (node as ts.BinaryExpression).operatorToken.kind
  return operator === SyntaxKind.AmpersandAmpersandToken || operator === SyntaxKind.BarBarToken
    ? operator
    : undefined
}

function withoutParentheses(node: ts.Expression): ts.Expression {
  while (node.kind === SyntaxKind.ParenthesizedExpression)
    node = (node as ts.ParenthesizedExpression).expression
  return node
}

/**
 * The runs of like operators in the logical expression `root` heads. Parentheses do not break a
 * run, since the reader sees the same operator on (`a && (b && c)` is one run); any other operand
 * does (`a && !(b && c)` is two, WP's own example). Iterative: operator chains can be very long.
 */
function operatorRuns(root: ts.BinaryExpression): number {
  let runs = 0
  let previous: ts.SyntaxKind | undefined
  const pending: ts.BinaryExpression[] = []
  let current: ts.Expression | undefined = root
  while (current !== undefined || pending.length > 0) {
    while (current !== undefined && sequenceOperator(current) !== undefined) {
      pending.push(current as ts.BinaryExpression)
      current = withoutParentheses((current as ts.BinaryExpression).left)
    }
    const next = pending.pop()
    if (next === undefined) break
    if (next.operatorToken.kind !== previous) runs += 1
    previous = next.operatorToken.kind
    current = withoutParentheses(next.right)
  }
  return runs
}

/** Whether `node` starts a logical expression, rather than being an operand inside a larger one. */
function isSequenceRoot(node: ts.BinaryExpression): boolean {
  let parent = node.parent
  while (parent.kind === SyntaxKind.ParenthesizedExpression) parent = parent.parent
  return sequenceOperator(parent) === undefined
}

/** The +1s `node` adds whatever its nesting (Appendix B1). */
export function flatIncrement(node: ts.Node): number {
  switch (node.kind) {
    case SyntaxKind.IfStatement: {
      // `if` or `else if`, plus one for a final `else` (WP §"Increment for breaks in the linear flow").
      const elseStatement = (node as ts.IfStatement).elseStatement
      return elseStatement === undefined || elseStatement.kind === SyntaxKind.IfStatement ? 1 : 2
    }
    case SyntaxKind.ConditionalExpression:
    case SyntaxKind.SwitchStatement: // WP §"Switches": the whole switch, once
    case SyntaxKind.CatchClause: // WP §"Catches"; `try` and `finally` add nothing
      return 1
    case SyntaxKind.BreakStatement:
    case SyntaxKind.ContinueStatement:
      // WP §"Jumps to labels": only a jump to a label; a plain break or continue is free.
      return (node as ts.BreakOrContinueStatement).label ? 1 : 0
    case SyntaxKind.BinaryExpression:
      return sequenceOperator(node) !== undefined && isSequenceRoot(node as ts.BinaryExpression)
        ? operatorRuns(node as ts.BinaryExpression)
        : 0
    default:
      return isLoop(node.kind) ? 1 : 0
  }
}

/**
 * Whether `node` also adds its nesting level (Appendix B3): if, ternary, switch, loops and catch.
 * `else if` and `else` do not (WP §"Increment for nested flow-break structures").
 */
export function takesNestingIncrement(node: ts.Node): boolean {
  switch (node.kind) {
    case SyntaxKind.IfStatement:
      return !isElseIf(node as ts.IfStatement)
    case SyntaxKind.ConditionalExpression:
    case SyntaxKind.SwitchStatement:
    case SyntaxKind.CatchClause:
      return true
    default:
      return isLoop(node.kind)
  }
}

/** Whether `node` is a structure whose parts sit one nesting level deeper (Appendix B2). */
export function increasesNesting(node: ts.Node): boolean {
  return takesNestingIncrement(node) || node.kind === SyntaxKind.IfStatement
}

/**
 * The nesting level of `child` of `node`, at `nesting` (Appendix B2). Only the bodies nest: a
 * condition, a loop's header and a switch's discriminant are read at the structure's own level. An
 * `else if` continues its chain at the level of the first `if`; an `else` body is nested.
 */
export function childNesting(node: ts.Node, child: ts.Node, nesting: number): number {
  switch (node.kind) {
    case SyntaxKind.IfStatement: {
      const statement = node as ts.IfStatement
      if (child === statement.thenStatement) return nesting + 1
      if (child === statement.elseStatement)
        return child.kind === SyntaxKind.IfStatement ? nesting : nesting + 1
      return nesting
    }
    case SyntaxKind.ConditionalExpression: {
      const conditional = node as ts.ConditionalExpression
      return child === conditional.whenTrue || child === conditional.whenFalse ? nesting + 1 : nesting
    }
    case SyntaxKind.SwitchStatement:
      return child === (node as ts.SwitchStatement).caseBlock ? nesting + 1 : nesting
    case SyntaxKind.CatchClause:
      return nesting + 1
    default:
      return isLoop(node.kind) && child === (node as ts.IterationStatement).statement ? nesting + 1 : nesting
  }
}
