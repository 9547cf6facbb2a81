import { ts } from 'ts-morph'
import { describeValue } from './describe-value'
import type { FileContext, RuleFamily } from './rule-family'
import {
  calleeName,
  isFixedString,
  isFalse,
  isTrue,
  nameOf,
  propertyValue,
  receiverName,
  unwrap,
} from './syntax'

const { SyntaxKind } = ts

const HTML_PROPERTIES: ReadonlySet<string> = new Set(['innerHTML', 'outerHTML'])
/** Calls that make markup safe (DOMPurify, sanitize-html, xss, escape helpers): their result is not flagged. */
const SANITIZER = /sanitiz|purify|escape|xss|clean|encode/i

/** HTML written out in full, or passed through a sanitizer first. */
function isSafeHtml(expression: ts.Expression): boolean {
  const node = unwrap(expression)
  if (isFixedString(node)) return true
  return ts.isCallExpression(node) && SANITIZER.test(calleeName(node) ?? '')
}

/** `{ __html: value }` with a value that is neither fixed nor sanitised. */
function checkInnerHtmlObject(owner: ts.Node, value: ts.Expression | undefined, file: FileContext): void {
  const html = propertyValue(value, '__html')
  if (html !== undefined && !isSafeHtml(html))
    file.report(
      'dangerously-set-inner-html',
      owner,
      `dangerouslySetInnerHTML={{ __html: ${describeValue(html)} }}`,
    )
}

function checkAssignment(binary: ts.BinaryExpression, file: FileContext): void {
  const operator = binary.operatorToken.kind
  if (operator !== SyntaxKind.EqualsToken && operator !== SyntaxKind.PlusEqualsToken) return
  const left = unwrap(binary.left)
  if (!ts.isPropertyAccessExpression(left) || !HTML_PROPERTIES.has(left.name.text)) return
  if (!isSafeHtml(binary.right))
    file.report(
      'inner-html-assignment',
      binary,
      `.${left.name.text} ${operator === SyntaxKind.EqualsToken ? '=' : '+='} ${describeValue(binary.right)}`,
    )
}

function checkCall(call: ts.CallExpression, file: FileContext): void {
  const name = calleeName(call)
  if (name === 'insertAdjacentHTML') {
    const html = call.arguments[1]
    if (html !== undefined && !isSafeHtml(html))
      file.report('inner-html-assignment', call, `insertAdjacentHTML(…, ${describeValue(html)})`)
  } else if ((name === 'write' || name === 'writeln') && receiverName(call) === 'document') {
    const [html] = call.arguments
    if (html !== undefined && !isSafeHtml(html))
      file.report('inner-html-assignment', call, `document.${name}(${describeValue(html)})`)
  }
}

function checkProperty(property: ts.PropertyAssignment, file: FileContext): void {
  const name = nameOf(property.name)
  if (name === 'dangerouslySetInnerHTML') checkInnerHtmlObject(property, property.initializer, file)
  else if (name === 'noEscape' && isTrue(property.initializer))
    file.report('template-autoescape-disabled', property, 'template option noEscape: true')
  else if (name === 'autoescape' && isFalse(property.initializer))
    file.report('template-autoescape-disabled', property, 'template option autoescape: false')
}

/** Markup built from values and put into the page without escaping. */
export const domXss: RuleFamily = {
  ruleIds: ['dangerously-set-inner-html', 'inner-html-assignment', 'template-autoescape-disabled'],
  trigger:
    /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write|noEscape|autoescape/,
  kinds: [
    SyntaxKind.JsxAttribute,
    SyntaxKind.BinaryExpression,
    SyntaxKind.CallExpression,
    SyntaxKind.PropertyAssignment,
  ],
  check(node, file) {
    if (ts.isJsxAttribute(node)) {
      const initializer = node.initializer
      if (
        ts.isIdentifier(node.name) &&
        node.name.text === 'dangerouslySetInnerHTML' &&
        initializer !== undefined &&
        ts.isJsxExpression(initializer)
      )
        checkInnerHtmlObject(node, initializer.expression, file)
    } else if (ts.isBinaryExpression(node)) checkAssignment(node, file)
    else if (ts.isCallExpression(node)) checkCall(node, file)
    else checkProperty(node as ts.PropertyAssignment, file)
  },
}
