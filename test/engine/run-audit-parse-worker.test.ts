import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { runAudit } from '../../src/main/engine'
import { startParseWorker } from '../../src/main/engine/code/start-parse-worker'
import { ADA, makeGitRepo, makeTempDir, removeTempDirs } from '../helpers/make-git-repo'

/** What happened, in order: the worker's start and the engine's progress reports. */
const { events } = vi.hoisted(() => ({ events: [] as string[] }))

vi.mock('../../src/main/engine/code/start-parse-worker', async (importOriginal) => {
  const original = await importOriginal<{ startParseWorker: typeof startParseWorker }>()
  return {
    startParseWorker: vi.fn(() => {
      events.push('parse worker started')
      return original.startParseWorker()
    }),
  }
})

afterAll(removeTempDirs)
beforeEach(() => {
  events.length = 0
  vi.mocked(startParseWorker).mockClear()
})

async function audit(files: Record<string, string>, analyzers?: ('inventory' | 'complexity')[]) {
  const repo = await makeGitRepo([{ author: ADA, date: '2025-01-10T00:00:00Z', files }])
  return runAudit(
    { source: repo, sourceKind: 'local' },
    { cacheDir: await makeTempDir(), analyzers },
    { onProgress: (progress) => events.push(`${progress.phase} ${progress.analyzerId ?? ''}`.trim()) },
  )
}

describe('the parse worker of an audit', () => {
  it('is started once, before the inventory runs, and parses the code', async () => {
    const result = await audit({ 'src/index.ts': 'export function answer() {\n  return 42\n}\n' }, [
      'inventory',
      'complexity',
    ])
    expect(startParseWorker).toHaveBeenCalledTimes(1)
    expect(events).toContain('analyze inventory')
    expect(events.indexOf('parse worker started')).toBeLessThan(events.indexOf('analyze inventory'))
    expect(result.facts.complexity?.totals.functions).toBe(1)
  }, 30_000)

  it('is not started when the repository has no JavaScript or TypeScript', async () => {
    const result = await audit({ 'README.md': '# Docs only\n', 'deploy.sh': 'echo hi\n' })
    expect(startParseWorker).not.toHaveBeenCalled()
    expect(result.facts.complexity?.totals.files).toBe(0)
  }, 30_000)

  it('is not started when no analyzer of the run reads code', async () => {
    await audit({ 'src/index.ts': 'export const answer = 42\n' }, ['inventory'])
    expect(startParseWorker).not.toHaveBeenCalled()
  }, 30_000)
})
