import { randomInt } from 'node:crypto'

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const ALPHANUMERIC = `${UPPER}abcdefghijklmnopqrstuvwxyz0123456789`
const BASE64 = `${ALPHANUMERIC}+/`
const URL_SAFE = `${ALPHANUMERIC}_-`

/** Random characters, generated at test time so no live-looking secret is ever committed. */
export function randomToken(alphabet: string, length: number): string {
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('')
}

/** One planted secret: the raw value the engine must never let out, and the line that carries it. */
export interface Canary {
  name: string
  secret: string
  /** The text planted in a file. */
  text: string
}

/** Fresh secrets in the formats the issue names, each with the text that plants it. */
export function makeCanaries(): Canary[] {
  const aws = `AKIA${randomToken('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`
  const github = `ghp_${randomToken(ALPHANUMERIC, 36)}`
  const stripe = `sk_live_${randomToken(ALPHANUMERIC, 32)}`
  const slack = `xoxb-${randomToken('0123456789', 12)}-${randomToken('0123456789', 13)}-${randomToken(ALPHANUMERIC, 24)}`
  const npm = `npm_${randomToken(ALPHANUMERIC, 36)}`
  const jwt = `eyJ${randomToken(URL_SAFE, 30)}.eyJ${randomToken(URL_SAFE, 60)}.${randomToken(URL_SAFE, 43)}`
  const password = randomToken(ALPHANUMERIC, 20)
  const databasePassword = randomToken(ALPHANUMERIC, 18)
  const keyBody = [randomToken(BASE64, 64), randomToken(BASE64, 64), `${randomToken(BASE64, 40)}==`].join(
    '\n',
  )
  return [
    { name: 'aws', secret: aws, text: `export const awsKeyId = '${aws}'\n` },
    { name: 'github', secret: github, text: `GITHUB_TOKEN=${github}\n` },
    { name: 'stripe', secret: stripe, text: `stripe.apiKey = "${stripe}"\n` },
    { name: 'slack', secret: slack, text: `slack: ${slack}\n` },
    { name: 'npm', secret: npm, text: `//registry.npmjs.org/:_authToken=${npm}\n` },
    { name: 'jwt', secret: jwt, text: `Authorization: Bearer ${jwt}\n` },
    { name: 'password', secret: password, text: `const dbPassword = "${password}"\n` },
    {
      name: 'database-url',
      secret: databasePassword,
      text: `DATABASE_URL=postgres://app:${databasePassword}@db.internal:5432/app\n`,
    },
    {
      name: 'private-key',
      secret: keyBody,
      text: `-----BEGIN RSA PRIVATE KEY-----\n${keyBody}\n-----END RSA PRIVATE KEY-----\n`,
    },
  ]
}

/** Every window of `length` characters of a secret: none may leave the engine, only the 4-character prefix. */
export function windowsOf(secret: string, length: number): string[] {
  const compact = secret.replace(/\s+/g, '')
  return Array.from({ length: Math.max(0, compact.length - length + 1) }, (_, start) =>
    compact.slice(start, start + length),
  )
}
