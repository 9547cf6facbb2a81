import { ts } from 'ts-morph'
import { requestInputOf } from './request-input'
import type { FileContext, RuleFamily } from './rule-family'
import { calleeName, isScopeBoundary, nameOf, receiverName, shortName, unwrap } from './syntax'

const { SyntaxKind } = ts

/** Deep merges and path setters (lodash, jQuery, deepmerge, merge-deep…): a `__proto__` key in their input reaches Object.prototype. */
const DEEP_WRITERS: ReadonlySet<string> = new Set([
  'merge',
  'mergeWith',
  'defaultsDeep',
  'deepMerge',
  'deepmerge',
  'mergeDeep',
  'extend',
  'assignDeep',
])
/** Path setters: `_.set(target, path, value)` walks `path`, so a path from the request can name `__proto__`. */
const PATH_SETTERS: ReadonlySet<string> = new Set(['set', 'setWith'])
/** What lodash and its kin are imported as; `map.set(…)` and `cache.set(…)` are other methods. */
const PATH_SETTER_OWNERS = /^(?:_|lodash|objectPath|dot|dotProp)$/
/** Who checks for these names has thought about prototype pollution. */
const GUARD_WORDS = /__proto__|constructor|prototype|hasOwnProperty|hasOwn|Object\.create\(null\)/

/** The variable a `for (const key in …)` or `for (const key of Object.keys(…))` loop declares. */
function loopKey(loop: ts.ForInStatement | ts.ForOfStatement): string | undefined {
  const initializer = loop.initializer
  if (!ts.isVariableDeclarationList(initializer))
    return ts.isIdentifier(initializer) ? initializer.text : undefined
  const [declaration] = initializer.declarations
  if (declaration === undefined) return undefined
  if (ts.isForInStatement(loop)) return nameOf(declaration.name)
  const keys = unwrap(loop.expression)
  if (!ts.isCallExpression(keys) || calleeName(keys) !== 'keys') return undefined
  return nameOf(declaration.name)
}

/** The function around a node, and its name when it has one. */
function enclosingFunctionName(node: ts.Node): string | undefined {
  for (let current = node.parent; current !== undefined; current = current.parent) {
    if (!isScopeBoundary(current)) continue
    if (
      ts.isFunctionDeclaration(current) ||
      ts.isFunctionExpression(current) ||
      ts.isMethodDeclaration(current)
    )
      return current.name === undefined ? undefined : nameOf(current.name)
    if (ts.isArrowFunction(current) && ts.isVariableDeclaration(current.parent))
      return nameOf(current.parent.name)
    return undefined
  }
  return undefined
}

/**
 * `target[key] = …` inside a loop over another object's keys, in a function that calls itself from
 * that loop (a hand-written deep merge or clone), with no look at `__proto__`, `constructor` or own
 * properties anywhere in the loop.
 */
function checkAssignment(assignment: ts.BinaryExpression, file: FileContext): void {
  const left = unwrap(assignment.left)
  if (!ts.isElementAccessExpression(left)) return
  const key = unwrap(left.argumentExpression)
  if (!ts.isIdentifier(key)) return
  for (let node = assignment.parent; node !== undefined && !isScopeBoundary(node); node = node.parent) {
    if (!ts.isForInStatement(node) && !ts.isForOfStatement(node)) continue
    if (loopKey(node) !== key.text) continue
    const name = enclosingFunctionName(node)
    if (name === undefined) return
    const loopText = file.text.slice(node.pos, node.end)
    if (GUARD_WORDS.test(loopText) || !new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\s*\\(`).test(loopText))
      return
    file.report(
      'prototype-pollution-merge',
      assignment,
      `${shortName(name)}(): target[${shortName(key.text)}] = … in a recursive merge without a __proto__ check`,
    )
    return
  }
}

function checkCall(call: ts.CallExpression, file: FileContext): void {
  const name = calleeName(call)
  if (name === undefined) return
  if (PATH_SETTERS.has(name)) {
    const receiver = receiverName(call)
    const path = call.arguments[1]
    const input = path === undefined ? undefined : requestInputOf(path)
    if ((receiver === undefined || PATH_SETTER_OWNERS.test(receiver)) && input !== undefined)
      file.report('deep-merge-request', call, `${name}(…, path from request input ${input}, …)`)
    return
  }
  if (!DEEP_WRITERS.has(name)) return
  for (const argument of call.arguments) {
    const input = requestInputOf(argument)
    if (input !== undefined) {
      file.report('deep-merge-request', call, `${name}(…, request input ${input})`)
      return
    }
  }
}

/** Writes that let a `__proto__` key change every object in the process. */
export const prototypePollution: RuleFamily = {
  ruleIds: ['prototype-pollution-merge', 'deep-merge-request'],
  trigger: /\b(?:for|merge\w*|defaultsDeep|deepmerge|extend|assignDeep|set|setWith)\b/i,
  kinds: [SyntaxKind.BinaryExpression, SyntaxKind.CallExpression],
  check(node, file) {
    if (node.kind === SyntaxKind.CallExpression) checkCall(node as ts.CallExpression, file)
    else {
      const binary = node as ts.BinaryExpression
      if (binary.operatorToken.kind === SyntaxKind.EqualsToken) checkAssignment(binary, file)
    }
  },
}
