/** Environment files hold a deployment's secrets; committed templates (.env.example…) are meant to be shared. */
const ENV_FILE = /^\.env(?:\.[^/]+)?$/i
const ENV_TEMPLATE = /\.(?:example|sample|template|dist|defaults?)$/i

/** File names that are key material whatever their content shows. */
const KEY_FILE_NAMES: ReadonlySet<string> = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519'])
const KEY_FILE_EXTENSIONS: ReadonlySet<string> = new Set(['key', 'p12', 'pfx', 'jks', 'keystore', 'ppk'])

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

export function isEnvFile(path: string): boolean {
  const name = nameOf(path)
  return ENV_FILE.test(name) && !ENV_TEMPLATE.test(name)
}

/**
 * A committed private key or key store. A `.pem` counts only when it holds a private key (or cannot be
 * read as text): most are public certificates.
 */
export function isKeyFile(path: string, text: string | null): boolean {
  const name = nameOf(path).toLowerCase()
  if (KEY_FILE_NAMES.has(name)) return true
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : ''
  if (KEY_FILE_EXTENSIONS.has(extension)) return true
  return extension === 'pem' && (text === null || text.includes('PRIVATE KEY'))
}
