import { ts } from 'ts-morph'
import type { FileContext, RuleFamily } from './rule-family'
import { calleeName, fixedStringOf, isTrue, mayHaveProperty, nameOf, receiverName, unwrap } from './syntax'

const { SyntaxKind } = ts

/** What JWT libraries are imported as: jsonwebtoken, jose's helpers, express-jwt. */
const JWT_OBJECTS = /^(?:jwt|jsonwebtoken|jose|JWT|jwtLib|jwtService|JwtService)$/

const isNone = (expression: ts.Expression): boolean => fixedStringOf(expression)?.toLowerCase() === 'none'

/** `jwt.verify(token, key)` or `jwt.verify(token, key, callback)`: the algorithm is the token's choice. */
function checkVerify(call: ts.CallExpression, file: FileContext): void {
  const receiver = receiverName(call)
  if (calleeName(call) !== 'verify' || receiver === undefined || !JWT_OBJECTS.test(receiver)) return
  if (call.arguments.length < 2) return
  const options = call.arguments[2]
  const optionsGiven = options !== undefined && !ts.isFunctionLike(unwrap(options))
  if (optionsGiven && mayHaveProperty(options, 'algorithms')) return
  file.report('jwt-verify-no-algorithms', call, `${receiver}.verify(token, key) without algorithms`)
}

function checkOption(property: ts.PropertyAssignment, file: FileContext): void {
  const name = nameOf(property.name)
  const value = unwrap(property.initializer)
  if (name === 'algorithms' && ts.isArrayLiteralExpression(value) && value.elements.some(isNone))
    file.report('jwt-none-algorithm', property, "algorithms: ['none']")
  else if (name === 'algorithm' && isNone(value))
    file.report('jwt-none-algorithm', property, "algorithm: 'none'")
  else if (name === 'ignoreExpiration' && isTrue(value))
    file.report('jwt-ignore-expiration', property, 'ignoreExpiration: true')
}

/** JSON Web Tokens accepted without a fixed algorithm, unsigned, or after they expired. */
export const jwt: RuleFamily = {
  ruleIds: ['jwt-verify-no-algorithms', 'jwt-none-algorithm', 'jwt-ignore-expiration'],
  trigger: /\b(?:verify|algorithms?|ignoreExpiration)\b/,
  kinds: [SyntaxKind.CallExpression, SyntaxKind.PropertyAssignment],
  check(node, file) {
    if (node.kind === SyntaxKind.CallExpression) checkVerify(node as ts.CallExpression, file)
    else checkOption(node as ts.PropertyAssignment, file)
  },
}
