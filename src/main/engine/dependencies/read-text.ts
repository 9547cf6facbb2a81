import { formatBytes } from '../../../shared/format-bytes'
import type { AnalyzerContext, RepoFile } from '../types'

// Invalid UTF-8 becomes U+FFFD instead of failing: a manifest with one bad byte still has its names.
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false })

/**
 * A tracked file's text, or null with a warning saying why it was not read: above the size cap,
 * refused by the safe reader (a symlink, a submodule), or an I/O error.
 */
export async function readText(context: AnalyzerContext, file: RepoFile): Promise<string | null> {
  if (file.bytes > context.caps.maxFileBytes) {
    context.warn(
      `Not read: ${formatBytes(file.bytes)} is above the ${formatBytes(context.caps.maxFileBytes)} read cap, so its dependencies are not counted`,
      file.path,
    )
    return null
  }
  let content: Buffer | null
  try {
    content = await context.readFile(file.path)
  } catch (error) {
    context.warn(
      `Not read (${error instanceof Error ? error.message : String(error)}), so its dependencies are not counted`,
      file.path,
    )
    return null
  }
  if (content === null) {
    context.warn(
      'Not read: it is not a regular file inside the repository or is above the read cap, so its dependencies are not counted',
      file.path,
    )
    return null
  }
  return decoder.decode(content)
}
