// Snippets are the engine's own words. A name from the file (an image, an action, a variable, a tag)
// appears in one only when it looks like a plain identifier, so no credential, URL userinfo or odd
// text from the audited repository rides along; anything else shows as the placeholder.
const PLAIN_NAME = /^[A-Za-z0-9_][A-Za-z0-9._/-]{0,99}$/

export function shownName(name: string, placeholder: string): string {
  return PLAIN_NAME.test(name) ? name : placeholder
}
