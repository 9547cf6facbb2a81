import type { CountedFile, ExcludedFile } from '../../../shared/domain/facts/inventory-facts'
import type { AnalyzerContext, RepoFile } from '../types'
import { classifyContent, classifyTreeEntry, type Exclusion } from './classify-file'
import { countLines } from './count-lines'
import { detectLanguage } from './detect-language'

/** One tracked file, counted or left out; `kind` tells which. */
export type InspectedFile =
  (CountedFile & { kind: 'code' }) | (ExcludedFile & { folder: Exclusion['folder'] })

type InspectionContext = Pick<AnalyzerContext, 'caps' | 'readFile' | 'warn' | 'signal'>

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The file's content, or null (with a warning) when the reader refuses it; cancellation still propagates. */
async function readOrWarn(path: string, context: InspectionContext): Promise<Buffer | null> {
  try {
    const content = await context.readFile(path)
    if (content === null) context.warn('The file could not be read, so it is left out of the inventory', path)
    return content
  } catch (error) {
    if (context.signal.aborted) throw error
    context.warn(
      `The file could not be read (${errorMessage(error)}), so it is left out of the inventory`,
      path,
    )
    return null
  }
}

/** Decides what one tracked file is, reading it only when its tree entry leaves the question open. */
export async function inspectFile(file: RepoFile, context: InspectionContext): Promise<InspectedFile> {
  const leftOut = (exclusion: Exclusion): InspectedFile => ({
    path: file.path,
    bytes: file.bytes,
    ...exclusion,
  })

  const byTreeEntry = classifyTreeEntry(file, context.caps.maxFileBytes)
  if (byTreeEntry !== null) return leftOut(byTreeEntry)
  const content = await readOrWarn(file.path, context)
  if (content === null) return leftOut({ kind: 'unreadable', reason: 'the reader refused it', folder: null })
  const byContent = classifyContent(content)
  if (byContent !== null) return leftOut(byContent)
  const language = detectLanguage(file.path, content)
  if (language === null) return leftOut({ kind: 'unrecognised', reason: 'no language counted', folder: null })
  return {
    kind: 'code',
    path: file.path,
    language: language.name,
    bytes: file.bytes,
    ...countLines(content, language),
  }
}
