import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseChecklistCatalog, type ChecklistCatalog } from '../shared/checklists/catalog'
import { StageRulesFileSchema, type StageRulesFile } from '../shared/checklists/stage-rules'

const RESOURCES = resolve(import.meta.dirname, '../../resources')

/** The checklists the app bundles, read from resources/ as the app reads them at build time. */
export async function loadBundledChecklists(): Promise<ChecklistCatalog> {
  const folder = join(RESOURCES, 'checklists')
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json'))
  const files = Object.fromEntries(
    await Promise.all(
      names.map(async (name) => [name, JSON.parse(await readFile(join(folder, name), 'utf8'))] as const),
    ),
  )
  return parseChecklistCatalog(files)
}

export async function loadStageRules(): Promise<StageRulesFile['stages']> {
  return StageRulesFileSchema.parse(
    JSON.parse(await readFile(join(RESOURCES, 'scoring', 'stages.json'), 'utf8')),
  ).stages
}
