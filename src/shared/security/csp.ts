/**
 * The renderer's Content-Security-Policy: one definition, sent as a header by main's app:// handler
 * and written into index.html as a <meta> tag at build time (so the browser end-to-end harness
 * enforces the same policy). No remote origin, no eval. Mantine injects its CSS variables at run
 * time, hence 'unsafe-inline' for styles only.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
}

/** frame-ancestors is ignored in a <meta> policy, so only the header carries it. */
const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
}

function serialise(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

export const CONTENT_SECURITY_POLICY_META = serialise(CSP_DIRECTIVES)
export const CONTENT_SECURITY_POLICY_HEADER = serialise({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES })
