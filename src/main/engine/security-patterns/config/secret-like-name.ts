// A variable name is read as words (`AWS_SECRET_ACCESS_KEY` → AWS, SECRET, ACCESS, KEY) so that
// `TOKENIZERS_PARALLELISM` or `PWD` are not mistaken for secrets.
const SECRET_WORD = /(?:PASSWORD|PASSWD|PASSPHRASE|SECRETS?|TOKENS?|APIKEY|CREDENTIALS?)$/
// `KEY` alone is often public (`GPG_KEY` is a key fingerprint in official images); these pairs are not.
const KEY_QUALIFIERS = new Set([
  'API',
  'PRIVATE',
  'ACCESS',
  'SECRET',
  'AUTH',
  'ENCRYPTION',
  'SIGNING',
  'MASTER',
])
// Names that point at a secret or describe it rather than hold it: `DB_PASSWORD_FILE=/run/secrets/db`.
const DESCRIPTIVE_LAST_WORDS = new Set([
  'FILE',
  'PATH',
  'DIR',
  'URL',
  'URI',
  'NAME',
  'ID',
  'LENGTH',
  'SIZE',
  'TTL',
  'EXPIRY',
  'EXPIRES',
  'HEADER',
  'TYPE',
  'ENABLED',
  'MODE',
])

// Cheap first test: every secret-like name contains one of these.
const MENTIONS_A_SECRET = /pass|secret|token|key|credential/i

/** Whether an environment or build-argument name says it holds a credential. */
export function isSecretLikeName(name: string): boolean {
  if (!MENTIONS_A_SECRET.test(name)) return false
  const words = name
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean)
  const last = words[words.length - 1]
  if (!last || DESCRIPTIVE_LAST_WORDS.has(last)) return false
  return words.some(
    (word, index) => SECRET_WORD.test(word) || (word === 'KEY' && KEY_QUALIFIERS.has(words[index - 1] ?? '')),
  )
}
