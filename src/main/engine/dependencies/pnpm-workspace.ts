import type { Warn } from './model'
import { parseYaml } from './parse-structured'
import { clip, describeValue, isRecord, own } from './values'

/** The `packages` globs of a pnpm-workspace.yaml; an empty list (with a warning) when it has none. */
export function readPnpmWorkspace(path: string, text: string, warn: Warn): string[] {
  const data = parseYaml(text, path, warn)
  if (data === undefined || data === null) return []
  if (!isRecord(data)) {
    warn(`pnpm-workspace.yaml holds ${describeValue(data)}, not a mapping, so it was skipped`, path)
    return []
  }
  const packages = own(data, 'packages')
  if (packages === undefined) return []
  if (!Array.isArray(packages)) {
    warn(`"packages" is ${describeValue(packages)}, not a list, so it was skipped`, path)
    return []
  }
  return packages.filter((glob): glob is string => typeof glob === 'string').map((glob) => clip(glob))
}
