import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { writeFileAtomically } from '../../../src/main/engine/files/write-atomically'
import { createRegistryCache } from '../../../src/main/freshness/registry-cache'
import type { RegistryRecord } from '../../../src/shared/domain/freshness'
import { makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'

afterAll(removeTempDirs)

function record(name: string, fetchedAt: string): RegistryRecord {
  return {
    name,
    fetchedAt,
    latest: '2.0.0',
    latestPublishedAt: '2026-01-01T00:00:00.000Z',
    latestDeprecated: null,
    versions: [
      { version: '1.0.0', inRegistry: true, publishedAt: '2020-01-01T00:00:00.000Z', deprecated: null },
    ],
  }
}

async function cacheFile(): Promise<string> {
  return join(await makeTempDir('diligent-registry-cache-'), 'user-data', 'npm-registry-cache.json')
}

describe('the registry cache', () => {
  it('starts empty when there is no file, and keeps what it stores for the next start', async () => {
    const path = await cacheFile()
    const first = createRegistryCache({ path, write: writeFileAtomically })
    await expect(first.get('left-pad')).resolves.toBeUndefined()

    await first.store([
      record('left-pad', '2026-12-01T00:00:00.000Z'),
      record('@types/node', '2026-12-02T00:00:00.000Z'),
    ])

    const second = createRegistryCache({ path, write: writeFileAtomically })
    await expect(second.get('left-pad')).resolves.toEqual(record('left-pad', '2026-12-01T00:00:00.000Z'))
    await expect(second.get('@types/node')).resolves.toEqual(
      record('@types/node', '2026-12-02T00:00:00.000Z'),
    )
    await expect(second.get('__proto__')).resolves.toBeUndefined()
  })

  it('replaces the older answer for the same package', async () => {
    const cache = createRegistryCache({ path: await cacheFile(), write: writeFileAtomically })
    await cache.store([record('left-pad', '2026-12-01T00:00:00.000Z')])
    await cache.store([{ ...record('left-pad', '2026-12-03T00:00:00.000Z'), latest: '3.0.0' }])

    await expect(cache.get('left-pad')).resolves.toMatchObject({
      fetchedAt: '2026-12-03T00:00:00.000Z',
      latest: '3.0.0',
    })
  })

  it.each([
    ['not JSON', '{"format":"diligent-npm-registry-cache",'],
    ['another format', JSON.stringify({ format: 'something-else', version: 1, packages: [] })],
    ['a later version', JSON.stringify({ format: 'diligent-npm-registry-cache', version: 2, packages: [] })],
    ['an empty file', ''],
    ['binary', '\u0000\u0001\u0002'],
  ])('treats a cache file that is %s as empty, then overwrites it', async (_label, content) => {
    const path = await cacheFile()
    await mkdir(join(path, '..'), { recursive: true })
    await writeFile(path, content)
    const cache = createRegistryCache({ path, write: writeFileAtomically })

    await expect(cache.get('left-pad')).resolves.toBeUndefined()
    await cache.store([record('left-pad', '2026-12-01T00:00:00.000Z')])

    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({
      format: 'diligent-npm-registry-cache',
      version: 1,
      packages: [{ name: 'left-pad' }],
    })
  })

  it('drops a damaged entry and keeps the others', async () => {
    const path = await cacheFile()
    await mkdir(join(path, '..'), { recursive: true })
    await writeFile(
      path,
      JSON.stringify({
        format: 'diligent-npm-registry-cache',
        version: 1,
        packages: [
          record('good', '2026-12-01T00:00:00.000Z'),
          { ...record('bad-date', 'yesterday') },
          { ...record('extra-key', '2026-12-01T00:00:00.000Z'), script: 'rm -rf /' },
          'not an entry',
        ],
      }),
    )
    const cache = createRegistryCache({ path, write: writeFileAtomically })

    await expect(cache.get('good')).resolves.toBeDefined()
    await expect(cache.get('bad-date')).resolves.toBeUndefined()
    await expect(cache.get('extra-key')).resolves.toBeUndefined()
  })

  it('keeps at most the bound, dropping the answers fetched longest ago', async () => {
    const path = await cacheFile()
    const cache = createRegistryCache({ path, write: writeFileAtomically, maxPackages: 3 })
    await cache.store([
      record('c', '2026-12-03T00:00:00.000Z'),
      record('a', '2026-12-01T00:00:00.000Z'),
      record('b', '2026-12-02T00:00:00.000Z'),
    ])

    await cache.store([record('d', '2026-12-04T00:00:00.000Z'), record('e', '2026-12-05T00:00:00.000Z')])

    const kept = JSON.parse(await readFile(path, 'utf8')) as { packages: RegistryRecord[] }
    expect(kept.packages.map((entry) => entry.name).sort()).toEqual(['c', 'd', 'e'])
    await expect(cache.get('a')).resolves.toBeUndefined()
  })

  it('saves through the atomic writer, one save at a time', async () => {
    let writing = 0
    let overlapped = false
    const write = vi.fn(async (path: string, content: string) => {
      writing += 1
      overlapped ||= writing > 1
      await new Promise((resolve) => setTimeout(resolve, 5))
      await writeFileAtomically(path, content)
      writing -= 1
    })
    const path = await cacheFile()
    const cache = createRegistryCache({ path, write })

    await Promise.all([
      cache.store([record('a', '2026-12-01T00:00:00.000Z')]),
      cache.store([record('b', '2026-12-02T00:00:00.000Z')]),
    ])

    expect(overlapped).toBe(false)
    expect(write).toHaveBeenCalledTimes(2)
    const saved = JSON.parse(await readFile(path, 'utf8')) as { packages: RegistryRecord[] }
    expect(saved.packages.map((entry) => entry.name)).toEqual(['a', 'b'])
  })
})
