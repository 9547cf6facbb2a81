import { readFile, stat } from 'node:fs/promises'

/**
 * A JSON file Diligent itself wrote, or undefined when it is missing, too large, unreadable or not JSON:
 * the callers then start from defaults rather than fail, and the next save replaces the broken file.
 */
export async function readJsonFile(path: string, maxBytes: number): Promise<unknown> {
  try {
    if ((await stat(path)).size > maxBytes) return undefined
    return JSON.parse(await readFile(path, 'utf8')) as unknown
  } catch {
    return undefined
  }
}
