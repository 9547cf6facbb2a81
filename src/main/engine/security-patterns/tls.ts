import { ts } from 'ts-morph'
import type { FileContext, RuleFamily } from './rule-family'
import { fixedStringOf, isFalse, nameOf, targetName, unwrap } from './syntax'

const { SyntaxKind } = ts

const TLS_ENV = 'NODE_TLS_REJECT_UNAUTHORIZED'
/** Node turns certificate checks off for the process when the variable is exactly '0' (a number 0 becomes '0'). */
const turnsCheckingOff = (value: ts.Expression): boolean => {
  const node = unwrap(value)
  return fixedStringOf(node) === '0' || (ts.isNumericLiteral(node) && node.text === '0')
}
const ANY_CERTIFICATE = 'checkServerIdentity accepts every certificate'
/** Node's names for protocol versions older than TLS 1.2, as `minVersion` and `secureProtocol` spell them. */
const LEGACY_VERSIONS: ReadonlyMap<string, string> = new Map([
  ['TLSv1', 'TLS 1.0'],
  ['TLSv1.1', 'TLS 1.1'],
  ['TLSv1_method', 'TLS 1.0'],
  ['TLSv1_client_method', 'TLS 1.0'],
  ['TLSv1_server_method', 'TLS 1.0'],
  ['TLSv1_1_method', 'TLS 1.1'],
  ['TLSv1_1_client_method', 'TLS 1.1'],
  ['TLSv1_1_server_method', 'TLS 1.1'],
  ['SSLv3_method', 'SSL 3.0'],
])

const returnsNothing = (value: ts.Expression | undefined): boolean =>
  value === undefined ||
  unwrap(value).kind === SyntaxKind.NullKeyword ||
  (ts.isIdentifier(unwrap(value)) && (unwrap(value) as ts.Identifier).text === 'undefined')

/** A function that accepts every certificate: `() => undefined`, `() => {}`, `checkServerIdentity() { return null }`. */
function acceptsAnyCertificate(expression: ts.Node): boolean {
  const node = ts.isExpression(expression) ? unwrap(expression) : expression
  if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node) && !ts.isMethodDeclaration(node))
    return false
  const body = node.body
  if (body === undefined) return false
  if (!ts.isBlock(body)) return returnsNothing(body)
  const [only] = body.statements
  if (only === undefined) return true
  return body.statements.length === 1 && ts.isReturnStatement(only) && returnsNothing(only.expression)
}

function checkSetting(node: ts.Node, name: string, value: ts.Expression, file: FileContext): void {
  if (name === 'rejectUnauthorized' && isFalse(value))
    file.report('tls-reject-unauthorized', node, 'rejectUnauthorized: false')
  else if (name === TLS_ENV && turnsCheckingOff(value))
    file.report('tls-env-disabled', node, `${TLS_ENV} = 0`)
  else if (name === 'checkServerIdentity' && acceptsAnyCertificate(value))
    file.report('tls-server-identity-ignored', node, ANY_CERTIFICATE)
  else if (name === 'minVersion' || name === 'secureProtocol' || name === 'maxVersion') {
    const version = LEGACY_VERSIONS.get(fixedStringOf(value) ?? '')
    if (version !== undefined) file.report('tls-legacy-version', node, `${name}: ${version}`)
  }
}

/** TLS settings that turn certificate checks off or allow protocol versions with known breaks. */
export const tls: RuleFamily = {
  ruleIds: [
    'tls-reject-unauthorized',
    'tls-env-disabled',
    'tls-server-identity-ignored',
    'tls-legacy-version',
  ],
  trigger:
    /\b(?:rejectUnauthorized|NODE_TLS_REJECT_UNAUTHORIZED|checkServerIdentity|minVersion|maxVersion|secureProtocol)\b/,
  kinds: [SyntaxKind.PropertyAssignment, SyntaxKind.MethodDeclaration, SyntaxKind.BinaryExpression],
  check(node, file) {
    if (ts.isMethodDeclaration(node)) {
      if (nameOf(node.name) === 'checkServerIdentity' && acceptsAnyCertificate(node))
        file.report('tls-server-identity-ignored', node, ANY_CERTIFICATE)
      return
    }
    if (ts.isPropertyAssignment(node)) {
      const name = nameOf(node.name)
      if (name !== undefined) checkSetting(node, name, node.initializer, file)
      return
    }
    const binary = node as ts.BinaryExpression
    if (binary.operatorToken.kind !== SyntaxKind.EqualsToken) return
    const name = targetName(binary)
    if (name !== undefined) checkSetting(node, name, binary.right, file)
  },
}
