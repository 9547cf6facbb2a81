import { ts } from 'ts-morph'

// ts-morph serves TypeScript's API through getters: what runs per node is read once, here.
const { SyntaxKind } = ts

/** Names from the audited code are cut, so one file cannot bloat a snippet. */
const MAX_NAME_LENGTH = 40

/** The expression under `(x)`, `x as T`, `x satisfies T`, `<T>x`, `x!` and `await x`. */
export function unwrap(expression: ts.Expression): ts.Expression {
  let node = expression
  while (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isTypeAssertionExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isAwaitExpression(node)
  )
    node = node.expression
  return node
}

/** A string written out in full: `'…'`, `"…"` or a template without `${}`. */
export function isFixedString(expression: ts.Expression): boolean {
  const node = unwrap(expression)
  return node.kind === SyntaxKind.StringLiteral || node.kind === SyntaxKind.NoSubstitutionTemplateLiteral
}

/** The text of a string written out in full, or undefined. */
export function fixedStringOf(expression: ts.Expression | undefined): string | undefined {
  if (expression === undefined) return undefined
  const node = unwrap(expression)
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined
}

/** `a + b` with `+`, or a chain of them. */
export function isConcatenation(node: ts.Expression): node is ts.BinaryExpression {
  return ts.isBinaryExpression(node) && node.operatorToken.kind === SyntaxKind.PlusToken
}

/** The operands of a `+` chain, left to right; walked down its left spine, so a long chain costs no stack. */
export function concatenationParts(expression: ts.Expression): ts.Expression[] {
  const reversed: ts.Expression[] = []
  let node = unwrap(expression)
  while (isConcatenation(node)) {
    reversed.push(unwrap(node.right))
    node = unwrap(node.left)
  }
  reversed.push(node)
  return reversed.reverse()
}

/** A string assembled at run time: a template with `${}` or a `+` chain with something not fixed in it. */
export function isBuiltString(expression: ts.Expression): boolean {
  const node = unwrap(expression)
  if (ts.isTemplateExpression(node)) return true
  return isConcatenation(node) && concatenationParts(node).some((part) => !isFixedString(part))
}

/** The parts of a built string a value is put into: template spans or `+` operands. */
export function interpolatedParts(expression: ts.Expression): ts.Expression[] {
  const node = unwrap(expression)
  if (ts.isTemplateExpression(node)) return node.templateSpans.map((span) => span.expression)
  if (isConcatenation(node)) return concatenationParts(node).filter((part) => !isFixedString(part))
  return []
}

/** The fixed text of a built string (template heads and middles, literal operands), for keyword tests. */
export function fixedTextOf(expression: ts.Expression): string {
  const node = unwrap(expression)
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ')
  if (isConcatenation(node))
    return concatenationParts(node)
      .map((part) => fixedStringOf(part) ?? ' ')
      .join('')
  return fixedStringOf(node) ?? ''
}

/** How a built string is built, in the snippet's words. */
export function describeBuiltString(expression: ts.Expression): string {
  return ts.isTemplateExpression(unwrap(expression)) ? 'template with ${…}' : 'string concatenation'
}

/** A name from the code, cut to a readable length. */
export function shortName(name: string): string {
  return name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH)}…` : name
}

/** The name of a property, a variable or a parameter when the code spells it; computed names are undefined. */
export function nameOf(
  name: ts.PropertyName | ts.BindingName | ts.MemberName | undefined,
): string | undefined {
  if (name === undefined) return undefined
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name))
    return name.text
  return undefined
}

/** The last name of a callee: `f` of `f(…)`, `a.b.f(…)` and `a['f'](…)`. */
export function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = unwrap(call.expression)
  if (ts.isIdentifier(callee)) return callee.text
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text
  if (ts.isElementAccessExpression(callee)) return fixedStringOf(callee.argumentExpression)
  return undefined
}

/** The object a method is called on (`a.b` of `a.b.f(…)`), or undefined for a plain call. */
export function receiverOf(call: ts.CallExpression | ts.NewExpression): ts.Expression | undefined {
  const callee = unwrap(call.expression)
  if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee))
    return unwrap(callee.expression)
  return undefined
}

/** `receiver.name` where the receiver is a plain identifier: `crypto.createHash`, `fs.readFile`. */
export function receiverName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const receiver = receiverOf(call)
  if (receiver === undefined) return undefined
  if (ts.isIdentifier(receiver)) return receiver.text
  if (ts.isPropertyAccessExpression(receiver)) return receiver.name.text
  return undefined
}

/** The value of `name: value` in an object literal (the last one wins, as in JavaScript). */
export function propertyValue(object: ts.Expression | undefined, name: string): ts.Expression | undefined {
  if (object === undefined) return undefined
  const literal = unwrap(object)
  if (!ts.isObjectLiteralExpression(literal)) return undefined
  let value: ts.Expression | undefined
  for (const property of literal.properties) {
    if (ts.isPropertyAssignment(property) && nameOf(property.name) === name) value = property.initializer
    else if (ts.isShorthandPropertyAssignment(property) && property.name.text === name) value = property.name
  }
  return value
}

/** Whether an object literal spells `name` at all (spreads make it unknowable: then it counts as present). */
export function mayHaveProperty(object: ts.Expression | undefined, name: string): boolean {
  if (object === undefined) return false
  const literal = unwrap(object)
  if (!ts.isObjectLiteralExpression(literal)) return true
  return (
    propertyValue(literal, name) !== undefined ||
    literal.properties.some((property) => ts.isSpreadAssignment(property) || ts.isMethodDeclaration(property))
  )
}

export function isTrue(expression: ts.Expression | undefined): boolean {
  return expression !== undefined && unwrap(expression).kind === SyntaxKind.TrueKeyword
}

/** `false` itself: libraries test their options with `=== false`, so `0` or `'false'` leave them on. */
export function isFalse(expression: ts.Expression | undefined): boolean {
  return expression !== undefined && unwrap(expression).kind === SyntaxKind.FalseKeyword
}

/** The name a value is given: `x` of `const x = …`, `x: …`, `a.x = …`; undefined otherwise. */
export function targetName(node: ts.Node): string | undefined {
  if (ts.isVariableDeclaration(node)) return nameOf(node.name)
  if (ts.isPropertyAssignment(node) || ts.isPropertyDeclaration(node)) return nameOf(node.name)
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === SyntaxKind.EqualsToken) {
    const left = unwrap(node.left)
    if (ts.isIdentifier(left)) return left.text
    if (ts.isPropertyAccessExpression(left)) return left.name.text
    if (ts.isElementAccessExpression(left)) return fixedStringOf(left.argumentExpression)
  }
  return undefined
}

/** Where a function, a class body or the file begins: the boundary of "the same function". */
export function isScopeBoundary(node: ts.Node): boolean {
  return ts.isFunctionLike(node) || ts.isSourceFile(node) || ts.isClassStaticBlockDeclaration(node)
}
