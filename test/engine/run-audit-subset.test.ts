import { afterAll, describe, expect, it } from 'vitest'
import { runAudit } from '../../src/main/engine'
import { ADA, makeGitRepo, makeTempDir, removeTempDirs } from '../helpers/make-git-repo'

afterAll(removeTempDirs)

describe('an audit limited to some analyzers', () => {
  it('runs those and no other, with their facts only', async () => {
    const repo = await makeGitRepo([
      { author: ADA, date: '2025-01-10T00:00:00Z', files: { 'src/index.ts': 'export const answer = 42\n' } },
    ])
    const result = await runAudit(
      { source: repo, sourceKind: 'local' },
      { cacheDir: await makeTempDir(), analyzers: ['inventory', 'complexity'] },
    )
    expect(result.analyzers.map((analyzer) => analyzer.id)).toEqual(['inventory', 'complexity'])
    expect(Object.keys(result.facts).sort()).toEqual(['complexity', 'inventory'])
  })
})
