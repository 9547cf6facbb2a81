/**
 * Package URLs for npm packages, per the purl specification (ECMA-427): the scope is the namespace with
 * its `@` percent-encoded, namespace and name are lowercased (npm's type is case-insensitive), and
 * every octet outside the alphanumerics, `.-_~` and `:` is percent-encoded as UTF-8, so `+` in a
 * version becomes `%2B` and `/` in a name `%2F`.
 */
const ALLOWED = /^[A-Za-z0-9.\-_~:]$/

export function percentEncodePurlComponent(value: string): string {
  let encoded = ''
  for (const char of value) {
    if (ALLOWED.test(char)) {
      encoded += char
      continue
    }
    // TextEncoder turns a lone surrogate into U+FFFD instead of throwing, as encodeURIComponent would.
    for (const byte of new TextEncoder().encode(char)) {
      encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
    }
  }
  return encoded
}

/** `@scope/name` → scope `@scope` and name `name`; anything else is an unscoped name. */
export function splitNpmName(fullName: string): { scope: string | null; name: string } {
  const match = /^(@[^/]+)\/(.+)$/.exec(fullName)
  return match?.[1] !== undefined && match[2] !== undefined
    ? { scope: match[1], name: match[2] }
    : { scope: null, name: fullName }
}

export function npmPurl(fullName: string, version: string): string {
  const { scope, name } = splitNpmName(fullName)
  const namespace = scope === null ? '' : `${percentEncodePurlComponent(scope.toLowerCase())}/`
  const at = version === '' ? '' : `@${percentEncodePurlComponent(version)}`
  return `pkg:npm/${namespace}${percentEncodePurlComponent(name.toLowerCase())}${at}`
}
