import { builtinModules } from 'node:module'

const BUILTINS: ReadonlySet<string> = new Set(builtinModules)
/** npm's rules, leniently: old packages have capitals; a bundler alias such as `@/x` or `~/x` is not a name. */
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i

/** `fs`, `node:fs/promises`, `bun:test`: the runtime's own module, named without a `node:` prefix. */
export function builtinNameOf(specifier: string): string | null {
  if (specifier.startsWith('node:')) return specifier.slice('node:'.length)
  if (specifier.startsWith('bun:')) return specifier
  const [first = ''] = specifier.split('/', 1)
  return BUILTINS.has(specifier) || BUILTINS.has(first) ? specifier : null
}

/** The package a bare specifier imports from (`@scope/name/sub` → `@scope/name`), or null when it names none. */
export function packageNameOf(specifier: string): string | null {
  const segments = specifier.split('/', 2)
  const name = specifier.startsWith('@') ? segments.join('/') : (segments[0] ?? '')
  return PACKAGE_NAME.test(name) ? name : null
}
