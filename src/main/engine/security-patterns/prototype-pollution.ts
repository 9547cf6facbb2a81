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

/** The loop over another object's keys that declares `key`, between a node and its function. */
function keyLoopOf(node: ts.Node, key: string): ts.ForInStatement | ts.ForOfStatement | undefined {
  for (
    let current = node.parent;
    current !== undefined && !isScopeBoundary(current);
    current = current.parent
  )
    if ((ts.isForInStatement(current) || ts.isForOfStatement(current)) && loopKey(current) === key)
      return current
  return undefined
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Whether the loop writes `object[key] = …` (not `==`), with the object spelled as in the recursive call. */
function writesTo(loopText: string, object: string, key: string): boolean {
  return new RegExp(`${escapeRegExp(object)}\\s*\\[\\s*${escapeRegExp(key)}\\s*\\]\\s*=(?!=)`).test(loopText)
}

/**
 * A hand-written deep merge: inside a loop over a source object's keys, the function calls itself
 * on `target[key]` and the loop writes `target[key] = …`. A `__proto__` key then walks into
 * Object.prototype and writes there. No report when the loop mentions `__proto__`, `constructor`,
 * `prototype` or own-property checks anywhere: the author has thought about it.
 */
function checkRecursiveMerge(call: ts.CallExpression, file: FileContext): void {
  const callee = unwrap(call.expression)
  if (!ts.isIdentifier(callee)) return
  for (const argument of call.arguments) {
    const descended = unwrap(argument)
    if (!ts.isElementAccessExpression(descended)) continue
    const key = unwrap(descended.argumentExpression)
    const target = unwrap(descended.expression)
    if (!ts.isIdentifier(key) || !(ts.isIdentifier(target) || ts.isPropertyAccessExpression(target))) continue
    const loop = keyLoopOf(call, key.text)
    if (loop === undefined || enclosingFunctionName(loop) !== callee.text) continue
    const loopText = file.text.slice(loop.pos, loop.end)
    if (GUARD_WORDS.test(loopText) || !writesTo(loopText, target.getText(), key.text)) return
    file.report(
      'prototype-pollution-merge',
      call,
      `${shortName(callee.text)}(…[${shortName(key.text)}], …) merges recursively without a __proto__ check`,
    )
    return
  }
}

function checkCall(call: ts.CallExpression, file: FileContext): void {
  checkRecursiveMerge(call, file)
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
  kinds: [SyntaxKind.CallExpression],
  check(node, file) {
    checkCall(node as ts.CallExpression, file)
  },
}
