import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAudit } from '../../../src/main/engine'
import type { AuditResult } from '../../../src/shared/domain/audit-result'
import type { GitHistoryFacts } from '../../../src/shared/domain/facts/git-history-facts'
import {
  ADA,
  addCommits,
  git,
  GRACE,
  makeGitRepo,
  makeTempDir,
  removeTempDirs,
} from '../../helpers/make-git-repo'

// One small history exercising what the analyzer must get right: a person under two emails, a .mailmap
// alias, a rename, a binary file, a lockfile-only commit by a bot, and a month with no commits.
const ADA_LAPTOP = { name: 'Ada Lovelace', email: 'ada@laptop.example' }
const GRACE_OLD = { name: 'G. H.', email: 'grace@old.example' }
const DEPENDABOT = { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' }
const lines = (count: number, prefix: string): string =>
  Array.from({ length: count }, (_, index) => `export const ${prefix}${index} = ${index}`).join('\n') + '\n'

let result: AuditResult
let history: GitHistoryFacts

beforeAll(async () => {
  const repo = await makeGitRepo([
    {
      author: ADA,
      date: '2025-01-10T09:00:00Z',
      files: {
        '.mailmap': 'Grace Hopper <grace@example.com> <grace@old.example>\n',
        'src/a.ts': lines(3, 'a'),
        'src/b.ts': lines(10, 'b'),
        'src/c.ts': lines(4, 'c'),
        'src/d.ts': lines(2, 'd'),
        'assets/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]),
        'package-lock.json': '{}\n',
      },
    },
    { author: GRACE, date: '2025-02-05T10:00:00Z', files: { 'src/d.ts': lines(3, 'd') } },
    { author: GRACE_OLD, date: '2025-02-20T10:00:00Z', files: { 'src/c.ts': lines(5, 'c') } },
    { author: ADA_LAPTOP, date: '2025-03-15T10:00:00Z', files: { 'src/a.ts': lines(4, 'a') } },
    {
      author: ADA,
      date: '2025-04-01T10:00:00Z',
      files: { 'src/b.ts': null, 'src/core/b.ts': lines(11, 'b') },
    },
    {
      author: DEPENDABOT,
      date: '2025-06-02T10:00:00Z',
      files: { 'package-lock.json': '{"lockfileVersion":3}\n' },
    },
  ])
  result = await runAudit(
    { source: repo, sourceKind: 'local' },
    { cacheDir: await makeTempDir('diligent-cache-'), now: new Date('2026-06-01T00:00:00Z') },
  )
  history = result.facts['git-history'] as GitHistoryFacts
})
afterAll(removeTempDirs)

describe('git-history analyzer', () => {
  it('counts commits and merges people across emails, by name and through .mailmap', () => {
    expect(history.commitCount).toBe(6)
    expect(history.mergeCount).toBe(0)
    expect(
      history.authors.map(({ id, commits, bot, emails }) => ({
        id,
        commits,
        bot,
        emails: [...emails].sort(),
      })),
    ).toEqual([
      { id: 'ada@example.com', commits: 3, bot: false, emails: ['ada@example.com', 'ada@laptop.example'] },
      { id: 'grace@example.com', commits: 2, bot: false, emails: ['grace@example.com'] },
      { id: DEPENDABOT.email, commits: 1, bot: true, emails: [DEPENDABOT.email] },
    ])
    expect(history.firstCommitAt).toBe('2025-01-10T09:00:00.000Z')
    expect(history.lastCommitAt).toBe('2025-06-02T10:00:00.000Z')
  })

  it('follows the rename, counts binary changes as no lines and leaves lockfiles out of churn', () => {
    const byPath = new Map(history.files.map((file) => [file.path, file]))
    expect(byPath.get('src/core/b.ts')).toMatchObject({
      commits: 2,
      linesAdded: 11,
      authors: 1,
      mainAuthorId: 'ada@example.com',
      firstChangedAt: '2025-01-10T09:00:00.000Z',
      lastChangedAt: '2025-04-01T10:00:00.000Z',
      ageDays: 62,
    })
    expect(byPath.has('src/b.ts')).toBe(false)
    expect(byPath.get('assets/logo.png')).toMatchObject({ commits: 1, linesAdded: 0, linesDeleted: 0 })
    expect(byPath.has('package-lock.json')).toBe(false)
    expect(byPath.get('src/d.ts')).toMatchObject({ commits: 2, authors: 2, mainAuthorShare: 0.5 })
  })

  it('fills months without commits so the activity chart has no gaps', () => {
    expect(history.commitsPerMonth).toEqual([
      { month: '2025-01', commits: 1, authors: 1 },
      { month: '2025-02', commits: 2, authors: 1 },
      { month: '2025-03', commits: 1, authors: 1 },
      { month: '2025-04', commits: 1, authors: 1 },
      { month: '2025-05', commits: 0, authors: 0 },
      { month: '2025-06', commits: 1, authors: 1 },
    ])
  })

  it('finds a truck factor of 1, departed knowledge and a dormant repository', () => {
    // Grace's single changes to c.ts and d.ts leave Ada, their creator, the only author (DOA 4.33 vs 3.23).
    expect(history.truckFactor).toEqual({ value: 1, authorIds: ['ada@example.com'], filesConsidered: 6 })
    // Per top-level folder, folders of fewer than three files left out (assets/ and the root have one each).
    expect(history.truckFactorByFolder).toEqual([
      { folder: 'src', value: 1, authorIds: ['ada@example.com'], filesConsidered: 4 },
    ])
    expect(history.activeContributors90d).toBe(0)
    const findings = new Map(result.findings.map((finding) => [finding.ruleId, finding]))
    expect(findings.get('git-history/truck-factor-one')).toMatchObject({
      severity: 'high',
      evidence: 'Ada Lovelace is an author of 6 of 6 files (100%) by degree of authorship.',
    })
    expect(findings.get('git-history/departed-knowledge')?.severity).toBe('high')
    expect(findings.get('git-history/dormant-repository')?.title).toBe('No commits for 363 days')
  })

  it('reports its measures as metrics for checklists to refer to', () => {
    const metrics = Object.fromEntries(
      result.metrics
        .filter((metric) => metric.id.startsWith('git-history/'))
        .map((metric) => [metric.id, metric.value]),
    )
    expect(metrics).toEqual({
      'git-history/commits': 6,
      'git-history/merges': 0,
      'git-history/contributors': 2,
      'git-history/active-contributors-90d': 0,
      'git-history/truck-factor': 1,
      'git-history/days-since-last-commit': 363,
      'git-history/history-days': 506,
      'git-history/single-author-files-percent': 100,
      'git-history/departed-knowledge-percent': 100,
    })
  })
})

async function historyOf(repo: string, now = '2025-03-01T00:00:00Z'): Promise<AuditResult> {
  return runAudit(
    { source: repo, sourceKind: 'local' },
    { cacheDir: await makeTempDir('diligent-cache-'), now: new Date(now) },
  )
}

describe('git-history analyzer on edge-case histories', () => {
  it('reads an empty repository as no history, not as an error', async () => {
    const result = await historyOf(await makeGitRepo([]))
    expect(result.facts['git-history']).toMatchObject({
      commitCount: 0,
      firstCommitAt: null,
      authors: [],
      commitsPerMonth: [],
      files: [],
      truckFactor: { value: 0, authorIds: [], filesConsidered: 0 },
    })
    expect(result.findings.filter((finding) => finding.ruleId.startsWith('git-history/'))).toEqual([])
    expect(result.analyzers.find((analyzer) => analyzer.id === 'git-history')?.status).toBe('succeeded')
  })

  it('reads a single commit, too small a codebase for authorship findings', async () => {
    const repo = await makeGitRepo([
      { author: ADA, date: '2025-02-01T00:00:00Z', files: { 'a.ts': 'export {}\n', 'b.ts': 'export {}\n' } },
    ])
    const result = await historyOf(repo)
    expect(result.facts['git-history']).toMatchObject({
      commitCount: 1,
      activeContributors90d: 1,
      truckFactor: { value: 1, authorIds: ['ada@example.com'], filesConsidered: 2 },
    })
    expect(result.findings.filter((finding) => finding.ruleId.startsWith('git-history/'))).toEqual([])
  })

  it('counts a merge commit once, without counting the merged lines twice', async () => {
    const repo = await makeGitRepo([
      { author: ADA, date: '2025-01-01T00:00:00Z', files: { 'a.ts': 'one\n' } },
    ])
    const env = {
      GIT_AUTHOR_NAME: GRACE.name,
      GIT_AUTHOR_EMAIL: GRACE.email,
      GIT_COMMITTER_NAME: GRACE.name,
      GIT_COMMITTER_EMAIL: GRACE.email,
      GIT_AUTHOR_DATE: '2025-01-04T00:00:00Z',
      GIT_COMMITTER_DATE: '2025-01-04T00:00:00Z',
    }
    await git(repo, ['checkout', '--quiet', '-b', 'feature'])
    await addCommits(repo, [
      { author: GRACE, date: '2025-01-02T00:00:00Z', files: { 'b.ts': 'two\nlines\n' } },
    ])
    await git(repo, ['checkout', '--quiet', 'main'])
    await addCommits(repo, [{ author: ADA, date: '2025-01-03T00:00:00Z', files: { 'a.ts': 'one\nmore\n' } }])
    await git(repo, ['merge', '--quiet', '--no-ff', '-m', 'Merge feature', 'feature'], { env })
    const history = (await historyOf(repo)).facts['git-history'] as GitHistoryFacts
    expect(history.commitCount).toBe(4)
    expect(history.mergeCount).toBe(1)
    expect(history.files.find((file) => file.path === 'b.ts')).toMatchObject({ commits: 1, linesAdded: 2 })
    expect(history.authors.find((author) => author.id === 'grace@example.com')).toMatchObject({
      commits: 2,
      linesAdded: 2,
    })
  })

  it('flags one person as the only author of most of the most-changed files', async () => {
    const edits = (author: typeof ADA, day: number, paths: string[]) => ({
      author,
      date: `2025-01-${String(day).padStart(2, '0')}T00:00:00Z`,
      files: Object.fromEntries(paths.map((path) => [path, `${path} version ${day}\n`])),
    })
    const repo = await makeGitRepo([
      edits(ADA, 1, ['core.ts', 'rules.ts', 'api.ts', 'docs.md', 'util.ts']),
      edits(ADA, 2, ['core.ts', 'rules.ts']),
      edits(ADA, 3, ['core.ts', 'rules.ts']),
      edits(GRACE, 4, ['api.ts']),
      edits(GRACE, 5, ['api.ts']),
      edits(GRACE, 6, ['api.ts']),
    ])
    const result = await historyOf(repo)
    // Hotspots (3+ commits): core.ts and rules.ts by Ada alone; api.ts created by Ada, then Grace ×3:
    // Ada 3.293 + 1.098 + 0.164 − 0.321·ln 4 = 4.110, Grace 3.293 + 0.492 − 0.321·ln 2 = 3.562 (0.87): both.
    const finding = result.findings.find(
      (entry) => entry.ruleId === 'git-history/hotspot-knowledge-concentration',
    )
    expect(finding).toMatchObject({
      severity: 'medium',
      title: 'Ada Lovelace is the only author of 2 of the 3 most-changed files',
      evidence: 'core.ts (3 commits), rules.ts (3 commits)',
    })
  })
})
