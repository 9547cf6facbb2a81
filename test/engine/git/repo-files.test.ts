import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRepoFileReader, type RepoFileReader } from '../../../src/main/engine/git/repo-files'
import { makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'

afterAll(removeTempDirs)

describe('createRepoFileReader', () => {
  let repo: string
  let outside: string
  let read: RepoFileReader

  beforeAll(async () => {
    const root = await makeTempDir()
    repo = join(root, 'repo')
    outside = join(root, 'outside')
    await mkdir(join(repo, 'src'), { recursive: true })
    await mkdir(join(repo, '.git'), { recursive: true })
    await mkdir(outside)
    await writeFile(join(outside, 'id_rsa'), 'SECRET KEY')
    await mkdir(join(outside, 'deeper'))
    await writeFile(join(outside, 'deeper', 'id_rsa'), 'SECRET KEY')
    await writeFile(join(repo, 'src', 'a.ts'), 'export const a = 1\n')
    await writeFile(join(repo, 'twenty.bin'), Buffer.alloc(20, 7))
    await writeFile(join(repo, 'twenty-one.bin'), Buffer.alloc(21, 7))
    await writeFile(join(repo, '.git', 'config'), '[core]\n')
    await symlink(join(outside, 'id_rsa'), join(repo, 'key-link'))
    await symlink('src/a.ts', join(repo, 'inner-link'))
    await symlink(outside, join(repo, 'outside-dir'))
    await symlink(join(repo, 'src'), join(repo, 'src-link'))
    read = createRepoFileReader(repo, 20)
  })

  it('reads regular files inside the clone', async () => {
    expect((await read('src/a.ts'))?.toString()).toBe('export const a = 1\n')
    expect(await read('./src//a.ts')).toEqual(Buffer.from('export const a = 1\n'))
    expect(await read('twenty.bin')).toEqual(Buffer.alloc(20, 7))
  })

  it.each([
    ['a file over the size cap', 'twenty-one.bin'],
    ['an absolute path', '/etc/passwd'],
    ['an absolute path into the clone', 'ABSOLUTE'],
    ['a Windows drive path', 'C:\\Windows\\win.ini'],
    ['.. at the start', '../outside/id_rsa'],
    ['.. in the middle', 'src/../../outside/id_rsa'],
    ['.. with backslashes', 'src\\..\\..\\outside\\id_rsa'],
    ['a NUL byte', 'src/a.ts\0.png'],
    ['the .git folder', '.git/config'],
    ['the .git folder in another case', '.GIT/config'],
    ['a symlink to a file outside', 'key-link'],
    ['a symlink to a file inside', 'inner-link'],
    ['a file through a symlinked folder', 'outside-dir/id_rsa'],
    ['a file below a symlinked folder', 'outside-dir/deeper/id_rsa'],
    ['a file through a symlinked folder that points inside', 'src-link/a.ts'],
    ['a folder', 'src'],
    ['a missing file', 'nope.txt'],
    ['an empty path', ''],
    ['a dot', '.'],
  ])('returns null for %s without throwing', async (_, path) => {
    expect(await read(path === 'ABSOLUTE' ? join(repo, 'src', 'a.ts') : path)).toBeNull()
  })

  it('returns null for every read when the clone folder is gone', async () => {
    const reader = createRepoFileReader(join(repo, 'missing'), 10)
    expect(await reader('src/a.ts')).toBeNull()
  })
})
