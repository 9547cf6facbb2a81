import type { ManifestRead } from './model'
import { locationRequirement, parseRequirement, type PythonRequirement } from './python-requirement'
import { baseName } from './values'

/** Development-only requirement files, by name: requirements-dev.txt, requirements/test.txt… */
const DEV_FILE = /(^|[-_./])(dev|develop|development|test|tests|testing|lint|docs?|ci)([-_.]|$)/i
const EDITABLE = /^(-e|--editable)(\s+|=)/

/** Logical lines: `\` continuations joined, comments (a `#` at the start or after a space) removed. */
function logicalLines(text: string): string[] {
  const lines: string[] = []
  let pending = ''
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '')
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `
      continue
    }
    lines.push(pending + line)
    pending = ''
  }
  if (pending !== '') lines.push(pending)
  return lines.map((line) => line.trim()).filter((line) => line !== '')
}

function requirementOf(line: string): PythonRequirement | null {
  if (EDITABLE.test(line)) return locationRequirement(line.replace(EDITABLE, '').trim())
  // Options (-r, --index-url, -c…) name no package.
  if (line.startsWith('-')) return null
  // Per-requirement options such as --hash follow the requirement.
  const requirement = line.split(/\s+--?[a-z]/i)[0]?.trim() ?? line
  if (/^([a-z][a-z0-9+.-]*:\/\/|[a-z]+\+|\.{0,2}\/|~\/)/i.test(requirement))
    return locationRequirement(requirement)
  return parseRequirement(requirement)
}

/** A pip requirements file: one requirement per line, locations and editable installs included. */
export function readRequirementsTxt(path: string, text: string): ManifestRead {
  const dev = DEV_FILE.test(baseName(path).replace(/\.txt$/i, ''))
  const dependencies = logicalLines(text).flatMap((line) => {
    const requirement = requirementOf(line)
    return requirement === null
      ? []
      : [{ ...requirement, dev, group: dev ? ('dev' as const) : ('prod' as const) }]
  })
  return {
    path,
    ecosystem: 'pypi',
    name: null,
    version: null,
    license: null,
    nodeEngine: null,
    workspaces: [],
    dependencies,
  }
}
