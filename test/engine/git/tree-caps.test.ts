import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitReader } from '../../../src/main/engine/git/git-command'
import { prepareGitEnvironment, type GitEnvironment } from '../../../src/main/engine/git/git-environment'
import { RepoAccessError } from '../../../src/main/engine/git/repo-access-error'
import {
  DEFAULT_CAPS,
  checkCaps,
  listTrackedFiles,
  parseTreeEntry,
} from '../../../src/main/engine/git/tree-caps'
import type { GitReader, RepoCaps, RepoFile } from '../../../src/main/engine/types'
import { ADA, git, makeGitRepo, makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'

afterAll(removeTempDirs)

const SHA = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391'

describe('parseTreeEntry', () => {
  it.each([
    [`100644 blob ${SHA}      12\tsrc/a.ts`, { path: 'src/a.ts', bytes: 12, mode: '100644' }],
    [`100755 blob ${SHA} 1048576\tbin/run`, { path: 'bin/run', bytes: 1_048_576, mode: '100755' }],
    [`120000 blob ${SHA}      11\tlink`, { path: 'link', bytes: 11, mode: '120000' }],
    [`160000 commit ${SHA}       -\tvendor/lib`, { path: 'vendor/lib', bytes: 0, mode: '160000' }],
    [
      `100644 blob ${SHA}       1\tname\twith tab\nand newline`,
      { path: 'name\twith tab\nand newline', bytes: 1, mode: '100644' },
    ],
    [`100644 blob ${'a'.repeat(64)}       3\tsha256.txt`, { path: 'sha256.txt', bytes: 3, mode: '100644' }],
  ])('parses %j', (record, expected) => {
    expect(parseTreeEntry(record)).toEqual(expected)
  })

  it('throws on output it does not understand', () => {
    expect(() => parseTreeEntry('garbage')).toThrow(/Unexpected ls-tree output/)
  })
})

describe('checkCaps', () => {
  const caps: RepoCaps = { maxFiles: 3, maxTotalBytes: 100, maxPathLength: 10, maxFileBytes: 50 }
  const file = (path: string, bytes: number): RepoFile => ({ path, bytes, mode: '100644' })

  it('accepts a tree exactly at every cap', () => {
    expect(() => checkCaps([file('a', 40), file('b', 40), file('0123456789', 20)], caps)).not.toThrow()
  })

  it('refuses one file too many, with the limit in the message', () => {
    const files = [file('a', 1), file('b', 1), file('c', 1), file('d', 1)]
    expect(() => checkCaps(files, caps)).toThrow(
      new RepoAccessError(
        'too-large',
        "The repository has more than 3 files at this commit, Diligent's limit. Nothing was checked out. " +
          'If you trust this repository, raise the limit and run the audit again.',
      ),
    )
    expect(() => checkCaps(files, caps)).toThrow(expect.objectContaining({ code: 'too-large' }))
  })

  it('refuses a tree one byte too big', () => {
    expect(() => checkCaps([file('a', 60), file('b', 41)], caps)).toThrow(
      /^The files at this commit add up to more than 100 bytes, Diligent's limit\. Nothing was checked out\./,
    )
    expect(() => checkCaps([file('a', 4 * 1024 ** 3 + 1)], DEFAULT_CAPS)).toThrow(/more than 4 GB/)
  })

  it('measures path length in bytes and shows the path without control characters', () => {
    expect(() => checkCaps([file('ééééé', 1)], caps)).not.toThrow()
    expect(() => checkCaps([file('éééééé', 1)], caps)).toThrow(/"éééééé" is 12 bytes long; the limit is 10\./)
    expect(() => checkCaps([file('\u001b]8;;x\u0007abcdefghij', 1)], caps)).toThrow(/"\?]8;;x\?abcdefghij"/)
  })

  it('has the documented defaults', () => {
    expect(DEFAULT_CAPS).toEqual({
      maxFiles: 200_000,
      maxTotalBytes: 4 * 1024 * 1024 * 1024,
      maxPathLength: 4096,
      maxFileBytes: 5 * 1024 * 1024,
    })
  })
})

describe('listTrackedFiles', () => {
  let repo: string
  let environment: GitEnvironment

  beforeAll(async () => {
    repo = await makeGitRepo([
      {
        files: {
          'README.md': '# hi\n',
          'bin/run.sh': '#!/bin/sh\necho hi\n',
          'odd\nname.txt': 'x',
          'link-to-readme': { symlink: 'README.md' },
        },
        author: ADA,
        date: '2025-02-01T00:00:00Z',
      },
    ])
    await git(repo, ['update-index', '--chmod=+x', 'bin/run.sh'])
    // A submodule entry (gitlink) without any .gitmodules: ls-tree reports its size as "-".
    await git(repo, ['update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},vendor/lib`])
    await git(repo, ['commit', '--quiet', '-m', 'gitlink'], {
      env: {
        GIT_AUTHOR_NAME: 'A',
        GIT_AUTHOR_EMAIL: 'a@x',
        GIT_COMMITTER_NAME: 'A',
        GIT_COMMITTER_EMAIL: 'a@x',
      },
    })
    environment = await prepareGitEnvironment({ cacheDir: await makeTempDir(), sourceKind: 'local' })
  })

  it('lists paths, sizes and modes exactly as git stores them', async () => {
    const reader = createGitReader(repo, environment, new AbortController().signal)
    const head = (await reader.run(['rev-parse', 'HEAD'])).trim()
    expect(await listTrackedFiles(reader, head, DEFAULT_CAPS)).toEqual([
      { path: 'README.md', bytes: 5, mode: '100644' },
      { path: 'bin/run.sh', bytes: 18, mode: '100755' },
      { path: 'link-to-readme', bytes: 9, mode: '120000' },
      { path: 'odd\nname.txt', bytes: 1, mode: '100644' },
      { path: 'vendor/lib', bytes: 0, mode: '160000' },
    ])
  })

  it('refuses an option in place of the commit', async () => {
    const reader = createGitReader(repo, environment, new AbortController().signal)
    await expect(listTrackedFiles(reader, '--output=/tmp/x')).rejects.toThrow(/Not a commit/)
  })

  it('stops reading at the first entry past a cap, so a bomb is never listed in full', async () => {
    let produced = 0
    let closed = false
    const endless: GitReader = {
      run: async () => '',
      stream: () =>
        (async function* () {
          try {
            for (;;) yield `100644 blob ${SHA}       1\tfile-${produced++}`
          } finally {
            closed = true
          }
        })(),
    }
    const caps = { ...DEFAULT_CAPS, maxFiles: 1000 }
    await expect(listTrackedFiles(endless, 'HEAD', caps)).rejects.toMatchObject({ code: 'too-large' })
    expect(produced).toBe(1001)
    expect(closed).toBe(true)
  })
})
