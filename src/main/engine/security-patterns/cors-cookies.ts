import { ts } from 'ts-morph'
import { requestInputOf } from './request-input'
import type { FileContext, RuleFamily } from './rule-family'
import {
  calleeName,
  fixedStringOf,
  isFalse,
  isTrue,
  mayHaveProperty,
  nameOf,
  propertyValue,
  receiverName,
  unwrap,
} from './syntax'

const { SyntaxKind } = ts

const ALLOW_ORIGIN = 'access-control-allow-origin'
const ALLOW_CREDENTIALS = 'access-control-allow-credentials'
const HEADER_SETTERS: ReadonlySet<string> = new Set(['setHeader', 'header', 'set', 'append', 'writeHead'])
/** Express's `res.cookie` and Fastify's `reply.setCookie` leave httpOnly and secure off unless told. */
const COOKIE_SETTERS: ReadonlySet<string> = new Set(['cookie', 'setCookie'])
const RESPONSE_OBJECTS = /^(?:res|response|reply)$/
/** Cookie names that carry a login: the ones a script must not read and the network must not see. */
const SESSION_COOKIE = /sess|sid|token|auth|jwt|login|remember|refresh|access/i
const SESSION_MIDDLEWARE: ReadonlySet<string> = new Set(['session', 'expressSession', 'cookieSession'])

/** The value of a header by its name (case-insensitive), in an object literal of headers. */
function headerValue(headers: ts.ObjectLiteralExpression, header: string): ts.Expression | undefined {
  for (const property of headers.properties)
    if (ts.isPropertyAssignment(property) && nameOf(property.name)?.toLowerCase() === header)
      return property.initializer
  return undefined
}

/** `cors({ origin: true, credentials: true })`, or both headers in one object with the origin echoed back. */
function checkObject(object: ts.ObjectLiteralExpression, file: FileContext): void {
  const credentials = propertyValue(object, 'credentials')
  if (isTrue(credentials) && isTrue(propertyValue(object, 'origin'))) {
    file.report('cors-credentials-any-origin', object, 'CORS origin: true with credentials: true')
    return
  }
  const allowCredentials = headerValue(object, ALLOW_CREDENTIALS)
  const allowOrigin = headerValue(object, ALLOW_ORIGIN)
  if (allowCredentials === undefined || allowOrigin === undefined) return
  if (fixedStringOf(allowCredentials) !== 'true' && !isTrue(allowCredentials)) return
  // `*` with credentials is refused by browsers; the request's own Origin echoed back is not.
  const input = requestInputOf(allowOrigin)
  if (input !== undefined)
    file.report(
      'cors-credentials-any-origin',
      object,
      `Access-Control-Allow-Origin from request input ${input} with credentials`,
    )
}

/** `res.setHeader('Access-Control-Allow-Origin', req.headers.origin)`: every site is trusted. */
function checkHeader(call: ts.CallExpression, name: string, file: FileContext): void {
  const [header, value] = call.arguments
  if (header === undefined || value === undefined) return
  if (fixedStringOf(header)?.toLowerCase() !== ALLOW_ORIGIN) return
  const input = requestInputOf(value)
  if (input !== undefined)
    file.report('cors-reflected-origin', call, `${name}(Access-Control-Allow-Origin, request input ${input})`)
}

function checkCookie(call: ts.CallExpression, name: string, file: FileContext): void {
  const receiver = receiverName(call)
  if (receiver === undefined || !RESPONSE_OBJECTS.test(receiver)) return
  const [cookieName, , options] = call.arguments
  if (!SESSION_COOKIE.test(fixedStringOf(cookieName) ?? '')) return
  const where = `${receiver}.${name}(session cookie, …)`
  const httpOnly = propertyValue(options, 'httpOnly')
  if (isFalse(httpOnly) || !mayHaveProperty(options, 'httpOnly'))
    file.report('cookie-without-httponly', call, `${where} without httpOnly`)
  const secure = propertyValue(options, 'secure')
  if (isFalse(secure) || !mayHaveProperty(options, 'secure'))
    file.report('cookie-without-secure', call, `${where} without secure`)
}

/** express-session's `cookie: { secure: false }`, cookie-session's `secure: false`, or httpOnly turned off. */
function checkSession(call: ts.CallExpression, name: string, file: FileContext): void {
  const [options] = call.arguments
  const cookie = propertyValue(options, 'cookie')
  for (const settings of [options, cookie]) {
    if (settings === undefined) continue
    for (const flag of ['secure', 'httpOnly']) {
      if (isFalse(propertyValue(settings, flag))) {
        file.report(
          'session-cookie-insecure',
          call,
          settings === cookie ? `${name}({ cookie: { ${flag}: false } })` : `${name}({ ${flag}: false })`,
        )
        return
      }
    }
  }
}

/** `sameSite: 'none'` with `secure: false` or no `secure` beside it. */
function checkSameSite(property: ts.PropertyAssignment, file: FileContext): void {
  if (nameOf(property.name) !== 'sameSite' || fixedStringOf(property.initializer)?.toLowerCase() !== 'none')
    return
  const object = property.parent
  if (isFalse(propertyValue(object, 'secure')) || !mayHaveProperty(object, 'secure'))
    file.report('cookie-samesite-none-insecure', property, "sameSite: 'none' without secure: true")
}

/** Cross-origin access and cookies that let other sites act as the user, or scripts and networks read the session. */
export const corsCookies: RuleFamily = {
  ruleIds: [
    'cors-credentials-any-origin',
    'cors-reflected-origin',
    'cookie-without-httponly',
    'cookie-without-secure',
    'cookie-samesite-none-insecure',
    'session-cookie-insecure',
  ],
  trigger: /credentials|Access-Control-Allow-Origin|cookie|sameSite|session/i,
  kinds: [SyntaxKind.CallExpression, SyntaxKind.ObjectLiteralExpression, SyntaxKind.PropertyAssignment],
  check(node, file) {
    if (ts.isObjectLiteralExpression(node)) return checkObject(node, file)
    if (ts.isPropertyAssignment(node)) return checkSameSite(node, file)
    const call = node as ts.CallExpression
    const name = calleeName(call)
    if (name === undefined) return
    if (HEADER_SETTERS.has(name)) checkHeader(call, name, file)
    else if (COOKIE_SETTERS.has(name)) checkCookie(call, name, file)
    else if (SESSION_MIDDLEWARE.has(name) && ts.isIdentifier(unwrap(call.expression)))
      checkSession(call, name, file)
  },
}
