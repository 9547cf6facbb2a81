import type { RepoSource } from '../shared/ipc/contract'
import { suggestRepoName } from '../shared/repo-name'
import { validateLocalFolder, validateRepoUrl } from './engine/git/repo-source'
import type { SourceCheck } from './ipc/handlers'

/**
 * Checks a source the auditor typed or picked before anything is stored or cloned. Folders inside
 * `appFolders` (the app's data and clone cache) are refused: auditing Diligent's own copies would
 * analyse a clone of a clone, and invite the auditor to point at files the app later deletes.
 */
export function createRepoSourceCheck(appFolders: readonly string[]) {
  return async ({ source, sourceKind }: RepoSource): Promise<SourceCheck> => {
    const suggestedName = suggestRepoName(source)
    const verdict =
      sourceKind === 'url'
        ? validateRepoUrl(source)
        : await validateLocalFolder(source, { forbiddenRoots: appFolders })
    return verdict.ok
      ? { ok: true, problem: null, suggestedName }
      : { ok: false, problem: verdict.reason, suggestedName }
  }
}
