import { ts } from 'ts-morph'
import type { RuleFamily } from './rule-family'
import { fixedStringOf, shortName, targetName } from './syntax'

const { SyntaxKind } = ts

/** Names that end in a credential: `password`, `dbPassword`, `API_KEY`, `clientSecret`, `authToken`. */
const CREDENTIAL_NAME =
  /(?:password|passwd|passphrase|pwd|secret|api_?key|api_?token|access_?key|private_?key|auth_?token|access_?token|refresh_?token|bearer_?token|client_?secret)$/i
/** Placeholders and templates, not credentials. */
const PLACEHOLDER =
  /^(?:x+|\*+|\.+|change_?me|password|passwd|secret|example|sample|dummy|placeholder|todo|null|undefined|none|your[-_ ].*|<.*>|\$\{.*\}|\{\{.*\}\}|%.*%)$/i
/**
 * A name rather than a value: an environment variable (`DB_PASSWORD`), a message key
 * (`auth.password_hint`), or a keyword or header name (`use-credentials`, `x-api-key`).
 */
const NAME_NOT_VALUE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[a-z][a-z_]*(?:\.[a-z_]+)+$|^[a-z]+(?:-[a-z]+)+$/
/** `[type=password]`, `input[name=secret]`: what a form's field is found by. */
const CSS_SELECTOR = /^[\w-]*\[[\w-]+(?:[~|^$*]?=[^\]]*)?\]$/
/** Shorter strings are labels and test values far more often than credentials. */
const MIN_LENGTH = 6

/**
 * Whether a string is written like a credential: long enough, no spaces or quotes (labels, messages
 * and selectors have them), not a path, not a placeholder.
 */
function looksLikeCredential(value: string): boolean {
  return (
    value.length >= MIN_LENGTH &&
    !/[\s'"]/.test(value) &&
    !/^\.{0,2}\//.test(value) &&
    !CSS_SELECTOR.test(value) &&
    !PLACEHOLDER.test(value) &&
    !NAME_NOT_VALUE.test(value) &&
    !/^(.)\1*$/.test(value)
  )
}

function assignedValue(node: ts.Node): ts.Expression | undefined {
  if (ts.isBinaryExpression(node)) return node.right
  if (ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node) || ts.isPropertyDeclaration(node))
    return node.initializer
  return undefined
}

/** `const dbPassword = '…'`, `{ apiKey: '…' }`, `config.secret = '…'`, `class { secret = '…' }`. */
export const credentials: RuleFamily = {
  ruleIds: ['hardcoded-credential'],
  trigger:
    /passw|passphrase|pwd|secret|api_?key|api_?token|access_?key|private_?key|auth_?token|access_?token|refresh_?token|bearer_?token/i,
  kinds: [
    SyntaxKind.VariableDeclaration,
    SyntaxKind.PropertyAssignment,
    SyntaxKind.PropertyDeclaration,
    SyntaxKind.BinaryExpression,
  ],
  check(node, file) {
    const name = targetName(node)
    if (name === undefined || !CREDENTIAL_NAME.test(name)) return
    const text = fixedStringOf(assignedValue(node))
    // Only the length of the value is written down: the value may be the live credential.
    if (text !== undefined && looksLikeCredential(text))
      file.report('hardcoded-credential', node, `${shortName(name)} = "…" (${text.length} characters)`)
  },
}
