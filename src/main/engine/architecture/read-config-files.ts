import { VENDORED_FOLDERS } from '../inventory/classify-file'
import type { AnalyzerContext } from '../types'
import type { ConfigFile } from './tsconfig-paths'

/** `tsconfig.json`, `tsconfig.base.json`, `jsconfig.json`…: the files TypeScript's module and strictness options live in. */
const CONFIG_NAME = /^(tsconfig|jsconfig)([.-][^/]*)?\.json$/
const decoder = new TextDecoder('utf-8')

function isVendored(path: string): boolean {
  return path.split('/').some((segment) => VENDORED_FOLDERS.includes(segment))
}

/** The repository's own TypeScript and JavaScript project configs, as text; unreadable ones are left out. */
export async function readConfigFiles(
  context: Pick<AnalyzerContext, 'files' | 'readFile'>,
): Promise<ConfigFile[]> {
  const configs: ConfigFile[] = []
  for (const file of context.files) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1)
    if (!CONFIG_NAME.test(name) || isVendored(file.path)) continue
    const content = await context.readFile(file.path)
    if (content !== null) configs.push({ path: file.path, text: decoder.decode(content) })
  }
  return configs
}
