import { describe, expect, it, vi } from 'vitest'
import { scanSources } from '../../../src/main/engine/code/scan-sources'
import { startParseWorker } from '../../../src/main/engine/code/start-parse-worker'

vi.mock('../../../src/main/engine/code/start-parse-worker', () => ({ startParseWorker: vi.fn() }))

describe('scanSources without code', () => {
  it('starts no worker (and loads no TypeScript) for a repository without JavaScript or TypeScript', async () => {
    const scan = await scanSources([], {
      repoDir: '/nowhere',
      maxFileBytes: 1,
      signal: new AbortController().signal,
    })
    expect(scan).toMatchObject({ files: [], problems: [], duplication: { totalLines: 0, percentage: 0 } })
    expect(startParseWorker).not.toHaveBeenCalled()
  })
})
