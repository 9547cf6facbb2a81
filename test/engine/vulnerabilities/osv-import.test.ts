import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { strToU8, Zip, ZipDeflate } from 'fflate'
import { describe, expect, it } from 'vitest'
import { matchVulnerabilities } from '../../../src/main/engine/vulnerabilities/match'
import { importOsvDatabase, OsvImportError } from '../../../src/main/engine/vulnerabilities/osv-import'
import { loadOsvStore, readOsvManifest } from '../../../src/main/engine/vulnerabilities/osv-store'
import { osvRecord, resolved, simpleRecord, useTempDirs, zipOf } from './osv-fixtures'

const NOW = new Date('2024-06-01T12:00:00Z')

function randomText(length: number): string {
  return randomBytes(length).toString('base64').slice(0, length)
}

/** Rewrites the uncompressed size the central directory (and local header) declares for `name`. */
function setDeclaredSize(archive: Buffer, name: string, size: number): void {
  for (let at = 0; at + 46 < archive.length; at += 1) {
    const signature = archive.readUInt32LE(at)
    if (
      signature === 0x02014b50 &&
      archive.toString('utf8', at + 46, at + 46 + archive.readUInt16LE(at + 28)) === name
    )
      archive.writeUInt32LE(size, at + 24)
    if (
      signature === 0x04034b50 &&
      archive.toString('utf8', at + 30, at + 30 + archive.readUInt16LE(at + 26)) === name
    )
      archive.writeUInt32LE(size, at + 22)
  }
}
const tempDir = useTempDirs()

async function zipFile(entries: Parameters<typeof zipOf>[0], name = 'all.zip'): Promise<string> {
  const path = join(await tempDir(), name)
  await writeFile(path, zipOf(entries))
  return path
}

/** The advisory ids the store holds for `name`. */
async function idsFor(dir: string, name: string): Promise<string[]> {
  const store = await loadOsvStore(dir)
  return (store?.advisoriesFor(name) ?? []).map((advisory) => advisory.id)
}

describe('importOsvDatabase', () => {
  it('imports the npm records of a zip and reports what it holds', async () => {
    const source = await zipFile({
      'GHSA-aaaa.json': simpleRecord('GHSA-aaaa', 'lodash', '0', '4.17.21'),
      'GHSA-bbbb.json': osvRecord('GHSA-bbbb', [
        { name: 'lodash', ranges: [{ events: [{ introduced: '4.0.0' }, { fixed: '4.17.12' }] }] },
        { name: 'minimist', ranges: [{ events: [{ introduced: '0' }, { fixed: '1.2.6' }] }] },
      ]),
      'PYSEC-1.json': osvRecord('PYSEC-1', [{ name: 'django', ecosystem: 'PyPI', versions: ['1.0'] }]),
      'GHSA-gone.json': {
        ...simpleRecord('GHSA-gone', 'left-pad', '0', '2.0.0'),
        withdrawn: '2024-01-01T00:00:00Z',
      },
      'README.md': '# not a record',
    })
    const target = join(await tempDir(), 'osv')
    const progress: [number, number][] = []
    const info = await importOsvDatabase(source, target, {
      now: NOW,
      onProgress: (done, total) => progress.push([done, total]),
    })

    expect(info).toEqual({ source: 'all.zip', importedAt: '2024-06-01T12:00:00.000Z', advisories: 2 })
    expect(await readOsvManifest(target)).toMatchObject({
      source: 'all.zip',
      advisories: 2,
      packages: 2,
      skipped: 0,
      withdrawn: 1,
      otherEcosystems: 1,
    })
    expect(await idsFor(target, 'lodash')).toEqual(['GHSA-aaaa', 'GHSA-bbbb'])
    expect(await idsFor(target, 'minimist')).toEqual(['GHSA-bbbb'])
    expect(await idsFor(target, 'django')).toEqual([])
    expect(await idsFor(target, 'left-pad')).toEqual([])
    expect(progress.at(-1)?.[0]).toBe(progress.at(-1)?.[1])

    const store = await loadOsvStore(target)
    expect(store?.info).toEqual(info)
    const found = matchVulnerabilities(store!, [resolved('lodash', '4.17.11'), resolved('minimist', '1.2.6')])
    expect(found.map(({ id, fixedIn }) => ({ id, fixedIn }))).toEqual([
      { id: 'GHSA-aaaa', fixedIn: ['4.17.21'] },
      { id: 'GHSA-bbbb', fixedIn: ['4.17.12'] },
    ])
  })

  it('records only the source file name, never the path to it', async () => {
    const source = await zipFile({ 'a.json': simpleRecord('GHSA-a', 'pkg', '0', '1.0.0') }, 'npm-export.zip')
    const target = await tempDir()
    const info = await importOsvDatabase(source, target, { now: NOW })
    expect(info.source).toBe('npm-export.zip')
    expect(await readFile(join(target, 'manifest.json'), 'utf8')).not.toContain(source)
  })

  it('skips and counts malformed records without failing the import', async () => {
    const source = await zipFile({
      'good.json': simpleRecord('GHSA-good', 'pkg', '0', '1.0.0'),
      'not-json.json': '{ "id": "GHSA-broken", ',
      'no-id.json': { affected: [] },
      'affected-not-array.json': { id: 'GHSA-x', affected: { package: 'pkg' } },
      'events-not-array.json': {
        id: 'GHSA-y',
        affected: [{ package: { ecosystem: 'npm', name: 'a' }, ranges: [{ type: 'SEMVER', events: 'x' }] }],
      },
      'array.json': [1, 2, 3],
      'null.json': 'null',
      'empty.json': '',
      'binary.json': new Uint8Array([0xff, 0xfe, 0x00, 0x80, 0x81]),
      'deep.json': `{"id":"GHSA-deep","affected":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      'no-readable-range.json': osvRecord('GHSA-z', [
        { name: 'pkg', ranges: [{ events: [{ fixed: '1.0.0' }] }] },
      ]),
    })
    const target = await tempDir()
    expect(await importOsvDatabase(source, target, { now: NOW })).toMatchObject({ advisories: 1 })
    const manifest = await readOsvManifest(target)
    expect(manifest).toMatchObject({ advisories: 1, skipped: 10 })
    expect(manifest?.problems).toEqual(
      expect.arrayContaining([
        'not-json.json: not valid JSON',
        'no-id.json: not an OSV record (id: Invalid input: expected string, received undefined)',
        'no-readable-range.json: not an OSV record (no npm package with a readable version range)',
      ]),
    )
    expect(await idsFor(target, 'pkg')).toEqual(['GHSA-good'])
  })

  it('ignores fields it does not use and tolerates odd ones it only displays', async () => {
    const record = {
      ...simpleRecord('GHSA-odd', 'pkg', '0', '1.0.0'),
      summary: 42,
      aliases: 'CVE-2024-1',
      database_specific: 'none',
      credits: [{ name: 'someone' }],
      affected: [
        {
          package: { ecosystem: 'npm', name: 'pkg' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.0.0' }], repo: 7 }],
          ecosystem_specific: { anything: true },
        },
      ],
    }
    const target = await tempDir()
    await importOsvDatabase(await zipFile({ 'odd.json': record }), target, { now: NOW })
    const [advisory] = (await loadOsvStore(target))?.advisoriesFor('pkg') ?? []
    expect(advisory).toMatchObject({
      id: 'GHSA-odd',
      aliases: [],
      summary: 'Long details that are not used.',
    })
  })

  it('drops an unreadable range but keeps the rest of the record, and counts it', async () => {
    const record = osvRecord('GHSA-half', [
      {
        name: 'pkg',
        ranges: [
          { events: [{ introduced: '0' }, { fixed: 'not a version' }] },
          { events: [{ introduced: '2.0.0' }, { fixed: '2.0.1' }] },
        ],
      },
    ])
    const target = await tempDir()
    await importOsvDatabase(await zipFile({ 'half.json': record }), target, { now: NOW })
    expect(await readOsvManifest(target)).toMatchObject({ advisories: 1, droppedRanges: 1, skipped: 0 })
    const store = await loadOsvStore(target)
    expect(
      matchVulnerabilities(store!, [resolved('pkg', '1.0.0'), resolved('pkg', '2.0.0')]).map(
        (v) => v.version,
      ),
    ).toEqual(['2.0.0'])
  })

  it('refuses zip-slip entry names without reading them', async () => {
    const source = await zipFile({
      'good.json': simpleRecord('GHSA-good', 'pkg', '0', '1.0.0'),
      '../evil.json': simpleRecord('GHSA-evil1', 'pkg', '0', '1.0.0'),
      'npm/../../evil.json': simpleRecord('GHSA-evil2', 'pkg', '0', '1.0.0'),
      '/etc/evil.json': simpleRecord('GHSA-evil3', 'pkg', '0', '1.0.0'),
      'C:/evil.json': simpleRecord('GHSA-evil4', 'pkg', '0', '1.0.0'),
      '..\\evil.json': simpleRecord('GHSA-evil5', 'pkg', '0', '1.0.0'),
    })
    const parent = await tempDir()
    const target = join(parent, 'osv')
    await importOsvDatabase(source, target, { now: NOW })
    expect(await idsFor(target, 'pkg')).toEqual(['GHSA-good'])
    const manifest = await readOsvManifest(target)
    expect(manifest?.skipped).toBe(5)
    expect(manifest?.problems).toContain('../evil.json: refused: the entry name points outside the archive')
    expect((await readdir(parent)).sort()).toEqual(['osv'])
  })

  it('refuses an entry over the 10 MB cap, declared or not', async () => {
    const huge = JSON.stringify({
      ...simpleRecord('GHSA-huge', 'pkg', '0', '1.0.0'),
      details: 'x'.repeat(11 * 1024 * 1024),
    })
    const target = await tempDir()
    const source = await zipFile({
      'huge.json': huge,
      'good.json': simpleRecord('GHSA-good', 'pkg', '0', '1.0.0'),
    })
    await importOsvDatabase(source, target, { now: NOW })
    expect(await idsFor(target, 'pkg')).toEqual(['GHSA-good'])
    expect(await readOsvManifest(target)).toMatchObject({ skipped: 1 })

    // A streamed zip states no size in its local headers; the central directory still does.
    const chunks: Uint8Array[] = []
    const zip = new Zip((error, chunk) => {
      if (error) throw error
      chunks.push(chunk)
    })
    for (const [name, text] of [
      ['small.json', JSON.stringify(simpleRecord('GHSA-small', 'pkg', '0', '1.0.0'))],
      [
        'large.json',
        JSON.stringify({ ...simpleRecord('GHSA-large', 'pkg', '0', '1.0.0'), details: 'y'.repeat(4096) }),
      ],
    ] as const) {
      const entry = new ZipDeflate(name)
      zip.add(entry)
      entry.push(strToU8(text), true)
    }
    zip.end()
    const streamed = join(await tempDir(), 'streamed.zip')
    const bytes = Buffer.concat(chunks)
    expect(bytes.readUInt16LE(6) & 0x8).toBe(0x8)
    expect(bytes.readUInt32LE(22)).toBe(0)
    await writeFile(streamed, bytes)
    const second = await tempDir()
    await importOsvDatabase(streamed, second, { now: NOW, limits: { maxEntryBytes: 2048 } })
    expect(await idsFor(second, 'pkg')).toEqual(['GHSA-small'])
    expect(await readOsvManifest(second)).toMatchObject({ skipped: 1 })
  })

  it('refuses an archive whose entries hold more than their headers declare (a zip bomb)', async () => {
    const target = await tempDir()
    await importOsvDatabase(
      await zipFile({ 'a.json': simpleRecord('GHSA-first', 'pkg', '0', '1.0.0') }),
      target,
      {
        now: NOW,
      },
    )
    const bomb = { ...simpleRecord('GHSA-bomb', 'pkg', '0', '1.0.0'), details: 'b'.repeat(5_000_000) }
    // Random text does not compress, so this one is inflated in pieces rather than in one call.
    const noise = { ...simpleRecord('GHSA-noise', 'pkg', '0', '1.0.0'), details: randomText(200_000) }
    for (const [name, record] of [
      ['bomb.json', bomb],
      ['noise.json', noise],
    ] as const) {
      const archive = Buffer.from(
        zipOf({ 'good.json': simpleRecord('GHSA-good', 'pkg', '0', '1.0.0'), [name]: record }),
      )
      setDeclaredSize(archive, name, 1000)
      const source = join(await tempDir(), 'forged.zip')
      await writeFile(source, archive)
      await expect(importOsvDatabase(source, target)).rejects.toThrow(
        `forged.zip is damaged or forged: ${name} holds more data than its header declares.`,
      )
    }
    expect(await idsFor(target, 'pkg')).toEqual(['GHSA-first'])
  })

  it('reads every entry even when the end record counts them modulo 65,536', async () => {
    const archive = Buffer.from(
      zipOf({
        'a.json': simpleRecord('GHSA-a', 'pkg', '0', '1.0.0'),
        'b.json': simpleRecord('GHSA-b', 'pkg', '0', '1.0.0'),
        'c.json': simpleRecord('GHSA-c', 'pkg', '0', '1.0.0'),
      }),
    )
    const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    archive.writeUInt16LE(1, end + 8)
    archive.writeUInt16LE(1, end + 10)
    const source = join(await tempDir(), 'wrapped.zip')
    await writeFile(source, archive)
    const target = await tempDir()
    expect(await importOsvDatabase(source, target)).toMatchObject({ advisories: 3 })
  })

  it('stops when the archive decompresses to more than the total cap', async () => {
    const entries = Object.fromEntries(
      Array.from({ length: 20 }, (_, index) => [
        `GHSA-${index}.json`,
        simpleRecord(`GHSA-${index}`, 'pkg', '0', '1.0.0'),
      ]),
    )
    const target = await tempDir()
    await expect(
      importOsvDatabase(await zipFile(entries), target, { now: NOW, limits: { maxTotalBytes: 4096 } }),
    ).rejects.toThrow(/decompresses to more than/)
    expect(await readdir(target)).toEqual([])
  })

  it('refuses what is not a zip, a damaged zip, and a source that is not there', async () => {
    const dir = await tempDir()
    const target = await tempDir()
    const text = join(dir, 'notes.zip')
    await writeFile(text, 'just text')
    await expect(importOsvDatabase(text, target)).rejects.toThrow(
      new OsvImportError('notes.zip is not a zip archive.'),
    )

    const whole = zipOf({ 'a.json': simpleRecord('GHSA-a', 'pkg', '0', '1.0.0'), 'b.json': 'x'.repeat(5000) })
    const truncated = join(dir, 'truncated.zip')
    await writeFile(truncated, whole.subarray(0, 200))
    await expect(importOsvDatabase(truncated, target)).rejects.toThrow(
      /truncated\.zip is damaged or truncated/,
    )

    await expect(importOsvDatabase(join(dir, 'missing.zip'), target)).rejects.toThrow(
      'missing.zip cannot be read.',
    )
    expect(await readdir(target)).toEqual([])
  })

  it('refuses an export with no npm advisory rather than storing an empty database', async () => {
    const source = await zipFile({
      'PYSEC-1.json': osvRecord('PYSEC-1', [{ name: 'django', ecosystem: 'PyPI', versions: ['1.0'] }]),
      'broken.json': '{',
    })
    const target = await tempDir()
    await expect(importOsvDatabase(source, target)).rejects.toThrow(
      'all.zip holds no npm advisories (2 records read: 1 about other ecosystems, 0 withdrawn, 1 unreadable or refused)',
    )
    expect(await loadOsvStore(target)).toBeNull()
  })

  it('imports a folder of OSV JSON files, not following symbolic links', async () => {
    const folder = join(await tempDir(), 'osv-npm')
    await mkdir(join(folder, 'nested'), { recursive: true })
    await writeFile(join(folder, 'GHSA-a.json'), JSON.stringify(simpleRecord('GHSA-a', 'pkg', '0', '1.0.0')))
    await writeFile(
      join(folder, 'nested', 'GHSA-b.json'),
      JSON.stringify(simpleRecord('GHSA-b', 'pkg', '0', '2.0.0')),
    )
    await writeFile(join(folder, 'broken.json'), '{')
    await writeFile(join(folder, 'huge.json'), 'z'.repeat(3000))
    await writeFile(join(folder, 'notes.txt'), 'ignored')
    const outside = join(await tempDir(), 'outside')
    await mkdir(outside)
    await writeFile(
      join(outside, 'GHSA-out.json'),
      JSON.stringify(simpleRecord('GHSA-out', 'pkg', '0', '1.0.0')),
    )
    await symlink(outside, join(folder, 'linked'))
    await symlink(join(outside, 'GHSA-out.json'), join(folder, 'GHSA-link.json'))

    const target = await tempDir()
    const progress: [number, number][] = []
    const info = await importOsvDatabase(folder, target, {
      now: NOW,
      limits: { maxEntryBytes: 2048 },
      onProgress: (done, total) => progress.push([done, total]),
    })
    expect(info).toEqual({ source: 'osv-npm', importedAt: NOW.toISOString(), advisories: 2 })
    expect(await idsFor(target, 'pkg')).toEqual(['GHSA-a', 'GHSA-b'])
    expect(await readOsvManifest(target)).toMatchObject({ skipped: 2 })
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ])
  })

  it('replaces an earlier import only when the new one succeeds', async () => {
    const target = join(await tempDir(), 'osv')
    await importOsvDatabase(
      await zipFile({ 'a.json': simpleRecord('GHSA-first', 'pkg', '0', '1.0.0') }),
      target,
      { now: NOW },
    )
    const first = await readOsvManifest(target)

    const failing = join(await tempDir(), 'broken.zip')
    const whole = zipOf({
      'a.json': simpleRecord('GHSA-second', 'pkg', '0', '1.0.0'),
      'b.json': 'x'.repeat(5000),
    })
    await writeFile(failing, whole.subarray(0, whole.length - 300))
    await expect(importOsvDatabase(failing, target)).rejects.toThrow(OsvImportError)
    await expect(
      importOsvDatabase(
        await zipFile({
          'p.json': osvRecord('PYSEC-1', [{ name: 'x', ecosystem: 'PyPI', versions: ['1'] }]),
        }),
        target,
      ),
    ).rejects.toThrow(/no npm advisories/)
    expect(await readOsvManifest(target)).toEqual(first)
    expect(await idsFor(target, 'pkg')).toEqual(['GHSA-first'])

    const later = new Date('2024-07-01T00:00:00Z')
    await importOsvDatabase(
      await zipFile({ 'a.json': simpleRecord('GHSA-third', 'pkg', '0', '1.0.0') }),
      target,
      { now: later },
    )
    expect(await idsFor(target, 'pkg')).toEqual(['GHSA-third'])
    const files = await readdir(target)
    // The replaced store is removed: one manifest, one store, nothing half-written.
    expect(files.sort()).toEqual(['manifest.json', (await readOsvManifest(target))!.store].sort())
  })

  it('can be cancelled while reading, leaving the previous database as it was', async () => {
    const target = await tempDir()
    await importOsvDatabase(
      await zipFile({ 'a.json': simpleRecord('GHSA-first', 'pkg', '0', '1.0.0') }),
      target,
      { now: NOW },
    )
    const before = (await readdir(target)).sort()

    // Enough incompressible records to span several reads of the archive.
    const records = Object.fromEntries(
      Array.from({ length: 400 }, (_, index) => [
        `GHSA-${index}.json`,
        {
          ...simpleRecord(`GHSA-${index}`, 'pkg', '0', '1.0.0'),
          details: randomText(1000),
        },
      ]),
    )
    const source = await zipFile(records)
    expect((await stat(source)).size).toBeGreaterThan(4 * 64 * 1024)
    const controller = new AbortController()
    let calls = 0
    const importing = importOsvDatabase(source, target, {
      signal: controller.signal,
      onProgress: () => {
        calls += 1
        controller.abort()
      },
    })
    await expect(importing).rejects.toMatchObject({ name: 'AbortError' })
    expect(calls).toBe(1)
    expect((await readdir(target)).sort()).toEqual(before)
    expect(await idsFor(target, 'pkg')).toEqual(['GHSA-first'])
  })

  it('can be cancelled after reading, before the new store is committed', async () => {
    const folder = await tempDir()
    await writeFile(join(folder, 'a.json'), JSON.stringify(simpleRecord('GHSA-a', 'pkg', '0', '1.0.0')))
    const target = await tempDir()
    const controller = new AbortController()
    const importing = importOsvDatabase(folder, target, {
      signal: controller.signal,
      onProgress: (done, total) => {
        if (done === total) controller.abort()
      },
    })
    await expect(importing).rejects.toMatchObject({ name: 'AbortError' })
    expect(await readdir(target)).toEqual([])
    const aborted = AbortSignal.abort()
    await expect(importOsvDatabase(folder, target, { signal: aborted })).rejects.toMatchObject({
      name: 'AbortError',
    })
  })
})
