import { ts } from 'ts-morph'
import { localConstOf } from './local-const'
import { interpolatedParts, shortName, unwrap } from './syntax'

/** The names web frameworks give the incoming request: Express, Fastify, Next.js, Koa, AWS Lambda. */
const REQUEST_OBJECTS: ReadonlySet<string> = new Set(['req', 'request', 'ctx', 'context', 'event'])
/** The parts of a request its sender chooses. */
const INPUT_PARTS: ReadonlySet<string> = new Set([
  'query',
  'body',
  'params',
  'headers',
  'cookies',
  'queryStringParameters',
  'multiValueQueryStringParameters',
  'pathParameters',
])
/** `ctx.request.body`: Koa nests the request one level down. */
const NESTED_REQUEST = 'request'
/** Member chains longer than this are not followed (and never written whole into a snippet). */
const MAX_SEGMENTS = 6

/**
 * The member chain under an expression, root first (`['req', 'query', 'next']`), or undefined when it
 * is not a plain chain of names. A computed member becomes `[…]`: its text may be a string from the file.
 */
function memberChain(expression: ts.Expression): string[] | undefined {
  const reversed: string[] = []
  let node = unwrap(expression)
  while (reversed.length <= MAX_SEGMENTS) {
    if (ts.isIdentifier(node)) {
      reversed.push(node.text)
      return reversed.reverse()
    }
    if (ts.isPropertyAccessExpression(node)) reversed.push(node.name.text)
    else if (ts.isElementAccessExpression(node)) reversed.push('[…]')
    else return undefined
    node = unwrap(node.expression)
  }
  return undefined
}

/** Whether a chain reads a sender-chosen part of the request: `req.query…`, `ctx.request.body…`, `event.body`. */
function isInputChain(chain: readonly string[]): boolean {
  const [root, first, second] = chain
  if (root === undefined || !REQUEST_OBJECTS.has(root) || first === undefined) return false
  return (
    INPUT_PARTS.has(first) || (first === NESTED_REQUEST && second !== undefined && INPUT_PARTS.has(second))
  )
}

/**
 * What the request sender controls, in the snippet's words (`req.query.next`, or `next (from
 * req.query.next)`), or undefined when the expression is not request input. Request input is a member
 * chain from the request object through its query, body, params, headers or cookies, or a local
 * `const` initialised from one in the same function.
 */
export function requestInputOf(expression: ts.Expression): string | undefined {
  const node = unwrap(expression)
  const chain = memberChain(node)
  if (chain === undefined) return undefined
  if (isInputChain(chain)) return shortName(chain.join('.'))
  if (!ts.isIdentifier(node)) return undefined
  const value = localConstOf(node)
  const base = value === undefined ? undefined : memberChain(value.initializer)
  const origin = base === undefined || value?.property === undefined ? base : [...base, value.property]
  return origin !== undefined && isInputChain(origin)
    ? `${shortName(node.text)} (from ${shortName(origin.join('.'))})`
    : undefined
}

/** Request input used whole or put into a built string (`'/files/' + req.params.name`). */
export function requestInputWithin(expression: ts.Expression): string | undefined {
  const direct = requestInputOf(expression)
  if (direct !== undefined) return direct
  for (const part of interpolatedParts(expression)) {
    const found = requestInputOf(part)
    if (found !== undefined) return found
  }
  return undefined
}
