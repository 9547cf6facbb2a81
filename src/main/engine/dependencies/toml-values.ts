import { isTable, type TomlTable, type TomlValue } from './toml'

/** The value at a dotted path of tables, or undefined. */
export function tomlAt(table: TomlTable, path: readonly string[]): TomlValue | undefined {
  let current: TomlValue | undefined = table
  for (const key of path) {
    if (!isTable(current)) return undefined
    current = current.get(key)
  }
  return current
}

export function tomlTableAt(table: TomlTable, path: readonly string[]): TomlTable | null {
  const value = tomlAt(table, path)
  return isTable(value) ? value : null
}

export function tomlString(value: TomlValue | undefined): string | null {
  return typeof value === 'string' ? value : null
}

export function tomlStrings(value: TomlValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}
