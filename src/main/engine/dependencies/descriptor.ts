/** `name@range` → name and range; the `@` of a scope (`@babel/core@^7`) is not the separator. */
export function splitDescriptor(descriptor: string): { name: string; range: string } {
  const at = descriptor.indexOf('@', 1)
  if (at === -1) return { name: descriptor, range: '' }
  return { name: descriptor.slice(0, at), range: descriptor.slice(at + 1) }
}

/** The real package behind an `npm:real@range` alias, or the name itself. */
export function aliasTarget(name: string, range: string): { name: string; range: string } {
  if (!range.startsWith('npm:')) return { name, range }
  const target = splitDescriptor(range.slice('npm:'.length))
  return target.range === '' && /^[\d^~<>=*]/.test(target.name) ? { name, range: target.name } : target
}
