import type { z } from 'zod'
import type { EngagementStage } from '../domain/engagement'
import { ChecklistSchema, type Checklist, type ChecklistItem } from './checklist-schema'

/** The order checklists are offered in; others follow by title. */
const PREFERRED_ORDER = ['scalability', 'security', 'tech-debt', 'team-process', 'compliance']

export interface ChecklistCatalog {
  checklists: Checklist[]
  /** One line per problem, naming the file and the exact field: shown to the auditor, never thrown. */
  problems: string[]
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '')
}

export function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file} › ${fieldPath(issue.path) || '(file)'}: ${issue.message}`)
}

/** Validates every checklist file; a broken file is left out and reported, the others still load. */
export function parseChecklistCatalog(files: Readonly<Record<string, unknown>>): ChecklistCatalog {
  const problems: string[] = []
  const checklists: Checklist[] = []
  const owners = new Map<string, string>()
  for (const [file, content] of Object.entries(files).sort(([left], [right]) => (left < right ? -1 : 1))) {
    const parsed = ChecklistSchema.safeParse(content)
    if (!parsed.success) {
      problems.push(...describeIssues(file, parsed.error))
      continue
    }
    const clash = [
      parsed.data.id,
      ...parsed.data.sections.flatMap((section) => section.items.map((item) => item.id)),
    ]
      .map((id) => ({ id, owner: owners.get(id) }))
      .find(({ owner }) => owner !== undefined)
    if (clash !== undefined) {
      problems.push(`${file} › ${clash.id}: already defined in ${clash.owner}`)
      continue
    }
    owners.set(parsed.data.id, file)
    for (const section of parsed.data.sections) for (const item of section.items) owners.set(item.id, file)
    checklists.push(parsed.data)
  }
  const rank = (id: string): number => {
    const index = PREFERRED_ORDER.indexOf(id)
    return index === -1 ? PREFERRED_ORDER.length : index
  }
  checklists.sort((left, right) => rank(left.id) - rank(right.id) || left.title.localeCompare(right.title))
  return { checklists, problems }
}

/** The checklist trimmed to the items that apply at this stage; sections left empty are dropped. */
export function forStage(checklist: Checklist, stage: EngagementStage): Checklist {
  return {
    ...checklist,
    sections: checklist.sections
      .map((section) => ({ ...section, items: section.items.filter((item) => item.stages.includes(stage)) }))
      .filter((section) => section.items.length > 0),
  }
}

export function itemsOf(checklist: Checklist): ChecklistItem[] {
  return checklist.sections.flatMap((section) => section.items)
}
