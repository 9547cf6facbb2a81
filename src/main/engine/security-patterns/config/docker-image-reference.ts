const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g

/**
 * Text with `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME:+alternative}` replaced from the build
 * arguments' default values; null when a variable has no value, since the image is then chosen at
 * build time and cannot be judged from the file.
 */
export function expandBuildArgs(text: string, values: ReadonlyMap<string, string>): string | null {
  let unresolved = false
  const expanded = text.replace(VARIABLE, (...groups: (string | undefined)[]) => {
    const [, bracedName, operator, operand, bareName] = groups
    const value = values.get(bracedName ?? bareName ?? '')
    if (operator === '-') return value ? value : (operand ?? '')
    if (operator === '+') return value ? (operand ?? '') : ''
    if (value === undefined) unresolved = true
    return value ?? ''
  })
  return unresolved ? null : expanded
}

/** An image reference split into its name and tag; `digest` when it is pinned by `@sha256:…`. */
export interface ImageReference {
  name: string
  tag: string | null
  pinnedByDigest: boolean
}

export function parseImageReference(reference: string): ImageReference {
  const at = reference.indexOf('@')
  const withoutDigest = at >= 0 ? reference.slice(0, at) : reference
  // A colon before the last slash is a registry port (`registry:5000/app`), not a tag.
  const colon = withoutDigest.indexOf(':', withoutDigest.lastIndexOf('/') + 1)
  return {
    name: colon >= 0 ? withoutDigest.slice(0, colon) : withoutDigest,
    tag: colon >= 0 ? withoutDigest.slice(colon + 1) : null,
    pinnedByDigest: at >= 0,
  }
}
