import { parseChecklistCatalog } from '../../../../shared/checklists/catalog'
import { StageRulesFileSchema, type StageRulesFile } from '../../../../shared/checklists/stage-rules'
import stageRulesFile from '../../../../../resources/scoring/stages.json'

// Bundled at build time: the checklists ship with the app and are validated once, when it starts.
const checklistFiles = import.meta.glob<unknown>('../../../../../resources/checklists/*.json', {
  eager: true,
  import: 'default',
})

const byFileName = Object.fromEntries(
  Object.entries(checklistFiles).map(([path, content]) => [path.split('/').at(-1) ?? path, content]),
)

/** Every checklist that validated, and a line per problem in those that did not (shown in the UI). */
export const CHECKLIST_CATALOG = parseChecklistCatalog(byFileName)

/** The stage rules are part of the app; a broken file is a build defect, caught by the unit tests. */
export const STAGE_RULES: StageRulesFile['stages'] = StageRulesFileSchema.parse(stageRulesFile).stages
