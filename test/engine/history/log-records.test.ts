import { describe, expect, it } from 'vitest'
import { historyLogArgs, parseCommitRecord, readCommits } from '../../../src/main/engine/history/log-records'
import type { GitReader } from '../../../src/main/engine/types'

const SHA_A = 'a'.repeat(40)
const SHA_B = 'b'.repeat(40)
const SHA_C = 'c'.repeat(40)

/** A record as `git log -z --numstat` with the analyzer's format writes it, without its leading \x1e. */
const record = (sha: string, parents: string, name: string, numstat: string): string =>
  `${sha}\0${parents}\0${name}\0${name.toLowerCase().replace(/\W/g, '')}@example.com\x002025-03-01T10:00:00+01:00\0\n${numstat}`

/** A reader whose `stream` splits a canned output on the separator, as git's own stream would. */
function cannedGit(output: string): GitReader {
  return {
    run: async () => '',
    stream: async function* (_args, options) {
      yield* output.split(options?.separator ?? '\n')
    },
  }
}

async function collect(output: string): Promise<{ commits: unknown[]; unreadable: number }> {
  const result = { unreadable: 0 }
  const commits = []
  for await (const commit of readCommits(cannedGit(output), [], result)) commits.push(commit)
  return { commits, unreadable: result.unreadable }
}

describe('parseCommitRecord', () => {
  it('reads the header, plain changes, binary changes and renames', () => {
    const commit = parseCommitRecord(
      record(SHA_A, SHA_B, 'Ada', '3\t1\tsrc/a.ts\0-\t-\tlogo.png\0' + '2\t0\t\0old name.ts\0new\tname.ts\0'),
    )
    expect(commit).toEqual({
      sha: SHA_A,
      parentCount: 1,
      authorName: 'Ada',
      authorEmail: 'ada@example.com',
      authoredAt: new Date('2025-03-01T09:00:00Z'),
      changes: [
        { path: 'src/a.ts', previousPath: null, added: 3, deleted: 1 },
        { path: 'logo.png', previousPath: null, added: 0, deleted: 0 },
        { path: 'new\tname.ts', previousPath: 'old name.ts', added: 2, deleted: 0 },
      ],
    })
  })

  it('counts parents (a merge has two, a root none) and accepts a commit with no changes', () => {
    expect(parseCommitRecord(record(SHA_A, `${SHA_B} ${SHA_C}`, 'Ada', ''))).toMatchObject({
      parentCount: 2,
      changes: [],
    })
    expect(parseCommitRecord(record(SHA_A, '', 'Ada', ''))?.parentCount).toBe(0)
  })

  it('refuses what is not a commit header: no sha, or a date git would never print', () => {
    expect(parseCommitRecord('not a commit\0\0x\0y\0z')).toBeNull()
    expect(parseCommitRecord(`${SHA_A}\0\0Ada\0ada@example.com\0yesterday\0`)).toBeNull()
  })
})

describe('readCommits', () => {
  it('stitches back a record split by a separator byte inside an author name', async () => {
    const output = `\x1e${record(SHA_A, SHA_B, 'Mallory\x1eEvil', '1\t0\ta.ts\0')}\x1e${record(SHA_B, '', 'Ada', '1\t0\tb.ts\0')}`
    const { commits, unreadable } = await collect(output)
    expect(commits).toHaveLength(2)
    expect(commits[0]).toMatchObject({
      sha: SHA_A,
      authorName: 'Mallory\x1eEvil',
      changes: [{ path: 'a.ts' }],
    })
    expect(unreadable).toBe(0)
  })

  it('counts a record it cannot read instead of failing the audit', async () => {
    const output = `\x1e${SHA_A}\0\0Ada\0ada@example.com\0garbage\0\x1e${record(SHA_B, '', 'Ada', '')}`
    const { commits, unreadable } = await collect(output)
    expect(commits).toHaveLength(1)
    expect(unreadable).toBe(1)
  })
})

describe('historyLogArgs', () => {
  it('reads one commit range, follows renames, applies the mailmap and keeps lockfile-only commits', () => {
    const args = historyLogArgs(SHA_A, [':(exclude,glob)**/yarn.lock'])
    expect(args.slice(0, 1)).toEqual(['log'])
    expect(args).toEqual(
      expect.arrayContaining(['--use-mailmap', '--full-history', '--sparse', '-M', '--numstat', '-z']),
    )
    expect(args.slice(-4)).toEqual([SHA_A, '--', '.', ':(exclude,glob)**/yarn.lock'])
  })
})
