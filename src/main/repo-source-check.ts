import { basename } from 'node:path'
import type { RepoSource } from '../shared/ipc/contract'
import { validateLocalFolder, validateRepoUrl } from './engine/git/repo-source'
import type { SourceCheck } from './ipc/handlers'

/** The name a repository is listed under unless the auditor gives one: the last path segment, without .git. */
export function suggestRepoName(source: string): string {
  const lastSegment = basename(source.replace(/[\\/]+$/, '').replace(/^.*:/, '')) || source
  return lastSegment.replace(/\.git$/i, '') || 'repository'
}

/** Checks a source the auditor typed or picked before anything is stored or cloned. */
export async function checkRepoSource({ source, sourceKind }: RepoSource): Promise<SourceCheck> {
  const suggestedName = suggestRepoName(source)
  if (sourceKind === 'url') {
    const verdict = validateRepoUrl(source)
    return verdict.ok
      ? { ok: true, problem: null, suggestedName }
      : { ok: false, problem: verdict.reason, suggestedName }
  }
  const verdict = await validateLocalFolder(source)
  return verdict.ok
    ? { ok: true, problem: null, suggestedName }
    : { ok: false, problem: verdict.reason, suggestedName }
}
