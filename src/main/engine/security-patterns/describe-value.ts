import { ts } from 'ts-morph'
import { requestInputOf } from './request-input'
import { calleeName, describeBuiltString, isBuiltString, isFixedString, shortName, unwrap } from './syntax'

/**
 * A value in a snippet's words, from its shape alone: `request input req.query.next`, `template with
 * ${…}`, a variable's name. Never the text of a string in the file.
 */
export function describeValue(expression: ts.Expression): string {
  const input = requestInputOf(expression)
  if (input !== undefined) return `request input ${input}`
  const node = unwrap(expression)
  if (isBuiltString(node)) return describeBuiltString(node)
  if (isFixedString(node)) return 'fixed string'
  if (ts.isIdentifier(node)) return shortName(node.text)
  if (ts.isPropertyAccessExpression(node)) return `….${shortName(node.name.text)}`
  if (ts.isCallExpression(node)) {
    // `a['name']()` spells its callee as a string: only callees written as names are shown.
    const callee = unwrap(node.expression)
    const named = ts.isIdentifier(callee) || ts.isPropertyAccessExpression(callee)
    return `${named ? shortName(calleeName(node) ?? 'call') : 'call'}(…)`
  }
  return 'an expression'
}
