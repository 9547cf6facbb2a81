import {
  FILE_KINDS,
  type CountedFile,
  type ExcludedFile,
  type InventoryFacts,
  type LanguageTotals,
} from '../../../shared/domain/facts/inventory-facts'
import type { ExcludedKind } from './classify-file'
import type { InspectedFile } from './inspect-file'

/** How many of the largest files the facts keep. */
const LARGEST_FILES = 20

const byPath = (left: { path: string }, right: { path: string }): number =>
  left.path < right.path ? -1 : left.path > right.path ? 1 : 0

function languageTotals(files: readonly CountedFile[]): LanguageTotals[] {
  const totals = new Map<string, LanguageTotals>()
  for (const file of files) {
    const entry = totals.get(file.language) ?? {
      language: file.language,
      files: 0,
      code: 0,
      comment: 0,
      blank: 0,
    }
    entry.files += 1
    entry.code += file.code
    entry.comment += file.comment
    entry.blank += file.blank
    totals.set(file.language, entry)
  }
  return [...totals.values()].sort(
    (left, right) =>
      right.code - left.code || right.files - left.files || left.language.localeCompare(right.language, 'en'),
  )
}

/**
 * The inventory's facts: totals over counted files only, every exclusion with its reason, and the
 * largest files of any kind.
 */
export function summarizeInventory(inspected: readonly InspectedFile[]): InventoryFacts {
  const files: CountedFile[] = []
  const excluded: ExcludedFile[] = []
  for (const file of inspected) {
    if (file.kind === 'code') {
      const { path, language, bytes, code, comment, blank } = file
      files.push({ path, language, bytes, code, comment, blank })
    } else {
      const { path, kind, bytes, reason } = file
      excluded.push({ path, kind, bytes, reason })
    }
  }
  files.sort(byPath)
  excluded.sort(byPath)

  const excludedCounts = Object.fromEntries(
    FILE_KINDS.filter((kind) => kind !== 'code').map((kind) => [kind, 0]),
  ) as Record<ExcludedKind, number>
  for (const file of excluded) excludedCounts[file.kind] += 1

  const totals = { files: files.length, bytes: 0, code: 0, comment: 0, blank: 0 }
  for (const file of files) {
    totals.bytes += file.bytes
    totals.code += file.code
    totals.comment += file.comment
    totals.blank += file.blank
  }

  const largestFiles = inspected
    .map(({ path, bytes, kind }) => ({ path, bytes, kind }))
    .sort((left, right) => right.bytes - left.bytes || byPath(left, right))
    .slice(0, LARGEST_FILES)

  return { totals, languages: languageTotals(files), files, excluded, excludedCounts, largestFiles }
}
