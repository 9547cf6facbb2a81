import { getCiphers, getHashes } from 'node:crypto'
import { ts } from 'ts-morph'
import type { FileContext, RuleFamily } from './rule-family'
import {
  calleeName,
  fixedStringOf,
  nameOf,
  receiverName,
  receiverOf,
  shortName,
  targetName,
  unwrap,
} from './syntax'

const { SyntaxKind } = ts

/** Digests too weak for any security use: collisions can be made on demand. */
const BROKEN_HASHES = /^(?:md2|md4|md5|sha1|sha-1|ripemd|ripemd160|rmd160)$/i
/** Bare hash helpers (`md5(password)` from the md5, sha1 and js-sha256 packages). */
const HASH_FUNCTIONS = /^(?:md5|sha1|sha256|sha512)$/i
/** Names that hold a password: a fast hash of one can be brute-forced offline. */
const PASSWORD_NAME = /(?:password|passwd|passphrase|pwd)$|^pass$/i
/** Names a value meant to be unguessable goes by. */
const SECRET_NAME =
  /token|secret|passw|pwd|nonce|salt|session|otp|api_?key|csrf|xsrf|reset|invite|verif|auth(?!or)/i
/** Ciphers with known practical breaks, and ECB mode, which shows patterns of the plaintext. */
const WEAK_CIPHER = /^(?:des|des3|des-[\w-]+|rc2[\w-]*|rc4[\w-]*|bf[\w-]*|blowfish)$|-ecb$/i

/** The name a value is known by: a variable, a property, or the last part of a member chain. */
function valueName(expression: ts.Expression): string | undefined {
  const node = unwrap(expression)
  if (ts.isIdentifier(node)) return node.text
  if (ts.isPropertyAccessExpression(node)) return node.name.text
  return undefined
}

/** The `createHash(…)` call at the start of a chain: `crypto.createHash('md5').update(x)`. */
function createHashIn(expression: ts.Expression | undefined): ts.CallExpression | undefined {
  let node = expression === undefined ? undefined : unwrap(expression)
  while (node !== undefined && ts.isCallExpression(node)) {
    if (calleeName(node) === 'createHash') return node
    node = receiverOf(node)
  }
  return undefined
}

let knownAlgorithms: ReadonlySet<string> | null = null

/**
 * The algorithm of a hash or cipher call for a snippet: a name Node itself lists (`md5`, `des-ede3-cbc`),
 * or `…`. Anything else is text from the file, which is never copied.
 */
function algorithmOf(call: ts.CallExpression): string {
  knownAlgorithms ??= new Set([...getHashes(), ...getCiphers()].map((name) => name.toLowerCase()))
  const algorithm = fixedStringOf(call.arguments[0])?.toLowerCase() ?? ''
  return knownAlgorithms.has(algorithm) ? algorithm : '…'
}

function checkHash(call: ts.CallExpression, name: string, file: FileContext): void {
  const [first] = call.arguments
  if (name === 'update' && first !== undefined) {
    const hash = createHashIn(receiverOf(call))
    const input = valueName(first)
    if (hash !== undefined && input !== undefined && PASSWORD_NAME.test(input))
      file.report(
        'weak-password-hash',
        call,
        `createHash('${algorithmOf(hash)}').update(${shortName(input)})`,
      )
    return
  }
  if (name === 'createHash') {
    if (!BROKEN_HASHES.test(fixedStringOf(first) ?? '')) return
    // A password hashed with it is reported once, as the password rule.
    const update = call.parent
    if (
      ts.isPropertyAccessExpression(update) &&
      update.name.text === 'update' &&
      ts.isCallExpression(update.parent)
    ) {
      const input = update.parent.arguments[0]
      const inputName = input === undefined ? undefined : valueName(input)
      if (inputName !== undefined && PASSWORD_NAME.test(inputName)) return
    }
    file.report('weak-hash-algorithm', call, `createHash('${algorithmOf(call)}')`)
    return
  }
  if (HASH_FUNCTIONS.test(name) && first !== undefined && receiverOf(call) === undefined) {
    const input = valueName(first)
    if (input !== undefined && PASSWORD_NAME.test(input))
      file.report('weak-password-hash', call, `${name}(${shortName(input)})`)
  }
}

/** The name the result of `Math.random()` is stored under, walking up to the statement that stores it. */
function storedUnder(call: ts.Node): string | undefined {
  for (let node = call.parent; node !== undefined; node = node.parent) {
    if (ts.isStatement(node) && !ts.isVariableStatement(node) && !ts.isReturnStatement(node)) return undefined
    const name = targetName(node)
    if (name !== undefined) return name
    if (ts.isReturnStatement(node)) {
      for (let fn = node.parent; fn !== undefined; fn = fn.parent) {
        if (ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) return nameOf(fn.name)
        if (ts.isFunctionLike(fn)) return fn.parent === undefined ? undefined : targetName(fn.parent)
      }
      return undefined
    }
    if (ts.isFunctionLike(node)) return undefined
  }
  return undefined
}

function checkCipher(call: ts.CallExpression, name: string, file: FileContext): void {
  if (name === 'createCipher' || name === 'createDecipher') {
    // Other libraries have a `createCipher` of their own; Node's is called on crypto or with an algorithm name.
    if (!NODE_CRYPTO.test(receiverName(call) ?? '') && fixedStringOf(call.arguments[0]) === undefined) return
    file.report('cipher-without-iv', call, `${name}(…) derives key and IV from a password`)
    return
  }
  if (WEAK_CIPHER.test(fixedStringOf(call.arguments[0]) ?? '')) {
    const algorithm = algorithmOf(call)
    file.report('weak-cipher-algorithm', call, `${name}('${algorithm}', …)`)
    return
  }
  const iv = call.arguments[2]
  if (iv !== undefined && isFixedIv(iv)) file.report('static-iv', call, `${name}(…, fixed IV)`)
}

/** An IV written in the code: a string, `Buffer.alloc(16)` (zeros), `Buffer.from('…')` or `Buffer.from([…])`. */
function isFixedIv(expression: ts.Expression): boolean {
  const node = unwrap(expression)
  if (fixedStringOf(node) !== undefined) return true
  if (!ts.isCallExpression(node)) return false
  const name = calleeName(node)
  const [first] = node.arguments
  if (name === 'alloc') return true
  if (name !== 'from' || first === undefined) return false
  const source = unwrap(first)
  return fixedStringOf(source) !== undefined || ts.isArrayLiteralExpression(source)
}

/** What Node's crypto module is imported as. */
const NODE_CRYPTO = /^(?:crypto|nodeCrypto)$/
const CIPHERS: ReadonlySet<string> = new Set([
  'createCipher',
  'createDecipher',
  'createCipheriv',
  'createDecipheriv',
])

/** Hashes, ciphers and random numbers too weak for what they protect. */
export const cryptography: RuleFamily = {
  ruleIds: [
    'weak-password-hash',
    'weak-hash-algorithm',
    'math-random-token',
    'cipher-without-iv',
    'weak-cipher-algorithm',
    'static-iv',
  ],
  trigger: /\b(?:createHash|md5|sha1|sha256|sha512|random|createCipher\w*|createDecipher\w*)\b/i,
  kinds: [SyntaxKind.CallExpression],
  check(node, file) {
    const call = node as ts.CallExpression
    const name = calleeName(call)
    if (name === undefined) return
    if (CIPHERS.has(name)) checkCipher(call, name, file)
    else if (name === 'random') {
      const receiver = receiverOf(call)
      if (receiver === undefined || !ts.isIdentifier(receiver) || receiver.text !== 'Math') return
      const stored = storedUnder(call)
      if (stored !== undefined && SECRET_NAME.test(stored))
        file.report('math-random-token', call, `Math.random() for ${shortName(stored)}`)
    } else checkHash(call, name, file)
  },
}
