import { access } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAudit } from '../../src/main/engine'
import { RepoAccessError } from '../../src/main/engine/git/repo-access-error'
import type { AuditResult } from '../../src/shared/domain/audit-result'
import type { InventoryFacts } from '../../src/shared/domain/facts/inventory-facts'
import { ADA, makeGitRepo, makeTempDir, removeTempDirs } from '../helpers/make-git-repo'

// The audited repository is untrusted. Each hostile or broken input the engine meets gets a clear error
// or a listed exclusion, through the same runAudit the app and the CLI call; never a crash or a hang.

const MEGABYTE = 1024 * 1024
let cacheDir: string

async function audit(source: string, sourceKind: 'url' | 'local' = 'local'): Promise<AuditResult> {
  return runAudit({ source, sourceKind }, { cacheDir, now: new Date('2025-03-01T00:00:00Z') })
}

async function refusal(promise: Promise<unknown>): Promise<RepoAccessError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(RepoAccessError)
  return error as RepoAccessError
}

beforeAll(async () => {
  cacheDir = await makeTempDir('diligent-cache-')
})
afterAll(removeTempDirs)

describe('sources that cannot be audited fail with advice', () => {
  it('a path that does not exist', async () => {
    const missing = `${await makeTempDir()}/nowhere`
    expect((await refusal(audit(missing))).message).toBe(`"${missing}" does not exist.`)
  })

  it('a folder that is not a git repository', async () => {
    expect((await refusal(audit(await makeTempDir()))).message).toMatch(/is not a git repository/)
  })

  it('an ext:: URL, refused before git runs', async () => {
    const marker = `${await makeTempDir()}/pwned`
    const error = await refusal(audit(`ext::sh -c touch% ${marker}`, 'url'))
    expect(error.message).toMatch(
      /Remote-helper transports such as "ext::" .* run programs and are not supported/,
    )
    await expect(access(marker)).rejects.toThrow()
  })

  it('a URL whose server cannot be reached (a closed port on this machine)', async () => {
    const error = await refusal(audit('https://127.0.0.1:9/company/api.git', 'url'))
    expect(error.code).toBe('unreachable')
  })
})

describe('hostile and broken files inside a repository', () => {
  let result: AuditResult
  let inventory: InventoryFacts

  beforeAll(async () => {
    const repo = await makeGitRepo([
      {
        author: ADA,
        date: '2025-01-10T00:00:00Z',
        files: {
          'src/ok.ts': 'export const ok = 1\n',
          'src/escape.ts': { symlink: '/etc/passwd' },
          'src/image.ts': Buffer.from([
            0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48,
          ]),
          'src/latin1.ts': Buffer.concat([
            Buffer.from('// caf'),
            Buffer.from([0xe9, 0xff]),
            Buffer.from('\nexport {}\n'),
          ]),
          'data/huge.sql': Buffer.alloc(50 * MEGABYTE, 'x'),
          // Many short lines, so the inventory does not take it for minified code and it reaches the parser.
          'src/deep.ts': `export const deep =\n${'[\n'.repeat(100_000)}${']\n'.repeat(100_000)}`,
          'src/broken.tsx': 'export function Broken( { return <div><span></div>\n',
          'tsconfig.json': '{ "extends": "./tsconfig.json", "compilerOptions": { "strict": ',
        },
      },
    ])
    result = await audit(repo)
    inventory = result.facts.inventory as InventoryFacts
  }, 60_000)

  it('finishes the audit, with every analyzer succeeding', () => {
    expect(result.analyzers.map(({ id, status }) => ({ id, status }))).toEqual([
      { id: 'inventory', status: 'succeeded' },
      { id: 'complexity', status: 'succeeded' },
      { id: 'git-history', status: 'succeeded' },
      { id: 'dependencies', status: 'succeeded' },
      { id: 'architecture', status: 'succeeded' },
      { id: 'hotspots', status: 'succeeded' },
      { id: 'secrets', status: 'succeeded' },
      { id: 'security-patterns', status: 'succeeded' },
    ])
  })

  it('measures broken syntax as far as it parses, and warns about code nested too deeply to parse', () => {
    const complexity = result.facts.complexity
    expect(complexity?.unmeasured).toEqual([
      { path: 'src/deep.ts', reason: 'Not measured: the code nests too deeply to parse safely.' },
    ])
    expect(complexity?.files.map((file) => file.path).sort()).toEqual([
      'src/broken.tsx',
      'src/latin1.ts',
      'src/ok.ts',
    ])
    expect(result.warnings).toContainEqual({
      analyzerId: 'complexity',
      message: 'Not measured: the code nests too deeply to parse safely.',
      path: 'src/deep.ts',
    })
  })

  it('warns about a malformed tsconfig instead of failing', () => {
    expect(result.facts.complexity?.tsconfigs).toEqual([])
    expect(
      result.warnings.some(
        (warning) => warning.analyzerId === 'architecture' && warning.path === 'tsconfig.json',
      ),
    ).toBe(true)
  })

  it('lists a symlink out of the repository without following it', () => {
    expect(inventory.files.map((file) => file.path)).not.toContain('src/escape.ts')
    expect(inventory.excluded.find((file) => file.path === 'src/escape.ts')).toMatchObject({
      kind: 'unreadable',
      reason: 'symbolic link, not followed',
    })
    expect(JSON.stringify(result)).not.toContain('root:x:0:0')
  })

  it('leaves a binary named .ts and a 50 MB file out of the counts, saying why', () => {
    const excluded = new Map(inventory.excluded.map((file) => [file.path, file]))
    expect(excluded.get('src/image.ts')?.kind).toBe('binary')
    expect(excluded.get('data/huge.sql')).toMatchObject({ kind: 'too-large', bytes: 50 * MEGABYTE })
  })

  it('counts a file that is not valid UTF-8', () => {
    expect(inventory.files.find((file) => file.path === 'src/latin1.ts')).toMatchObject({
      language: 'TypeScript',
      code: 1,
      comment: 1,
      blank: 0,
    })
  })
})
