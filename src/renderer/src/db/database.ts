import { Dexie, type DexieOptions, type EntityTable } from 'dexie'
import type {
  AnswerRecord,
  DebtItemRecord,
  EngagementRecord,
  FindingRecord,
  MetaRecord,
  RepoRecord,
  RunRecord,
  ToolImportRecord,
} from './records'
import { upgradeAnswersToV2 } from './migrations/v2-answers'
import { DILIGENT_DB_NAME, schemaV1, schemaV2, schemaV3 } from './schema'

export class DiligentDatabase extends Dexie {
  meta!: EntityTable<MetaRecord, 'key'>
  engagements!: EntityTable<EngagementRecord, 'id'>
  repos!: EntityTable<RepoRecord, 'id'>
  runs!: EntityTable<RunRecord, 'id'>
  findings!: EntityTable<FindingRecord, 'id'>
  answers!: EntityTable<AnswerRecord, 'id'>
  debtItems!: EntityTable<DebtItemRecord, 'id'>
  toolImports!: EntityTable<ToolImportRecord, 'id'>

  constructor(name: string = DILIGENT_DB_NAME, options: DexieOptions = {}) {
    // Strict durability: an answer the auditor saw saved is on disk, not in an OS buffer.
    super(name, { chromeTransactionDurability: 'strict', ...options })
    this.version(1).stores(schemaV1)
    this.version(2).stores(schemaV2).upgrade(upgradeAnswersToV2)
    this.version(3).stores(schemaV3)
  }
}

/** The tables that hold one engagement's data, in the order a cascade deletes them. */
export const ENGAGEMENT_OWNED_TABLES = [
  'findings',
  'toolImports',
  'runs',
  'repos',
  'answers',
  'debtItems',
] as const
