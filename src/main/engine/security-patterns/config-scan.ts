import type { AnalyzerContext } from '../types'
import { configTargetOf, type ConfigTarget } from './config/config-files'
import { checkDockerfile } from './config/dockerfile'
import { checkWorkflow } from './config/workflow'
import type { PatternMatch } from './pattern-match'
import type { FileMatches } from './summarize'

const CHECKS: Record<ConfigTarget, (text: string) => PatternMatch[]> = {
  dockerfile: checkDockerfile,
  'ci-workflow': checkWorkflow,
}

export interface ConfigScan {
  files: FileMatches[]
  checked: Record<ConfigTarget, number>
}

const decoder = new TextDecoder('utf-8')

/**
 * Runs the Dockerfile and workflow checks on the tracked files they apply to. A file that cannot be
 * read (too large, not a regular file) is left out; a check that fails on a file is a warning for
 * the auditor, never a failed analysis.
 */
export async function scanConfigFiles(context: AnalyzerContext): Promise<ConfigScan> {
  const files: FileMatches[] = []
  const checked: Record<ConfigTarget, number> = { dockerfile: 0, 'ci-workflow': 0 }
  for (const file of context.files) {
    const target = configTargetOf(file.path)
    if (target === null) continue
    context.signal.throwIfAborted()
    const content = await context.readFile(file.path)
    if (content === null) continue
    try {
      const matches = CHECKS[target](decoder.decode(content))
      checked[target] += 1
      if (matches.length > 0) files.push({ path: file.path, matches })
    } catch (error) {
      // The message could quote the file; only the kind of error is kept.
      const kind = error instanceof Error ? error.name : 'error'
      context.warn(`Not checked for insecure settings: the check failed (${kind}).`, file.path)
    }
  }
  return { files, checked }
}
