/** Checks for values from parsed untrusted JSON and YAML, which may be anything. */

export type JsonRecord = Record<string, unknown>

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The property if it is the object's own (never one inherited from its prototype). */
export function own(record: JsonRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

export function stringOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

/** Longest text kept from an audited file in facts and findings: enough for any real name or range. */
export const MAX_TEXT = 300

export function clip(text: string, max = MAX_TEXT): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** What kind of JSON value it is, for a warning. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}

/** `a/b/c.json` → `a/b`; a file at the root → ''. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '' : path.slice(0, slash)
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** `folder` joined to a relative path, '' standing for the repository root. */
export function joinPath(folder: string, path: string): string {
  if (folder === '') return path
  if (path === '') return folder
  return `${folder}/${path}`
}

/** Appends one by one: `push(...items)` overflows the stack for a few hundred thousand items. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}
