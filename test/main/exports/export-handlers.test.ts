import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { saveExport, saveSbom, type ExportDeps } from '../../../src/main/exports/export-handlers'
import { writeFileAtomically } from '../../../src/main/engine/files/write-atomically'
import type { AuditSnapshot } from '../../../src/shared/report/audit-snapshot'
import { makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'

afterAll(removeTempDirs)

const snapshot = { engagement: { name: 'Acme' } } as AuditSnapshot
const request = {
  kind: 'debt-inventory' as const,
  snapshot,
  suggestedName: 'acme-debt-inventory-2026-12-02.xlsx',
}

function deps(overrides: Partial<ExportDeps> = {}): ExportDeps {
  return {
    chooseSavePath: async () => null,
    build: {
      'debt-inventory': async () => Buffer.from('xlsx bytes'),
      'dd-pack': async () => Buffer.from('pdf bytes'),
      sarif: async () => Buffer.from('sarif bytes'),
    },
    writeFile: writeFileAtomically,
    ...overrides,
  }
}

describe('saveExport', () => {
  it('asks where first, and builds nothing when the auditor cancels', async () => {
    const build = vi.fn(async () => Buffer.from('x'))
    const chooseSavePath = vi.fn(async () => null)
    await expect(
      saveExport(
        deps({ chooseSavePath, build: { 'debt-inventory': build, 'dd-pack': build, sarif: build } }),
        request,
      ),
    ).resolves.toEqual({
      path: null,
    })
    expect(chooseSavePath).toHaveBeenCalledWith('debt-inventory', 'acme-debt-inventory-2026-12-02.xlsx')
    expect(build).not.toHaveBeenCalled()
  })

  it('writes the built file where the auditor chose, with nothing left beside it', async () => {
    const folder = await makeTempDir()
    const path = join(folder, 'inventory.xlsx')
    await expect(saveExport(deps({ chooseSavePath: async () => path }), request)).resolves.toEqual({ path })
    expect(await readFile(path, 'utf8')).toBe('xlsx bytes')
    expect(await readdir(folder)).toEqual(['inventory.xlsx'])
  })

  it.each([
    ['ENOSPC', 'The disk is full.'],
    ['EACCES', 'Diligent is not allowed to write there.'],
    ['EBUSY', 'The file is open in another program; close it and export again.'],
  ])('explains %s and leaves no half-written file', async (code, reason) => {
    const folder = await makeTempDir()
    const path = join(folder, 'pack.pdf')
    const failingWrite = async (target: string, content: Uint8Array): Promise<void> => {
      await writeFileAtomically(`${target}.other`, content) // proves the folder is writable, then fails as the OS would
      throw Object.assign(new Error(`${code}: failed`), { code })
    }
    await expect(
      saveExport(deps({ chooseSavePath: async () => path, writeFile: failingWrite }), request),
    ).rejects.toThrow(`Could not save ${path}: ${reason} Nothing was written there.`)
    expect(await readdir(folder)).not.toContain('pack.pdf')
  })

  it('leaves no partial file when the real write fails (the folder does not exist)', async () => {
    const folder = await makeTempDir()
    const path = join(folder, 'missing', 'pack.pdf')
    await expect(saveExport(deps({ chooseSavePath: async () => path }), request)).rejects.toThrow(
      'That folder no longer exists.',
    )
    expect(await readdir(folder)).toEqual([])
  })
})

describe('saveSbom', () => {
  it('writes the repository as CycloneDX JSON where the auditor chose', async () => {
    const path = join(await makeTempDir(), 'api-sbom.cdx.json')
    const repo = {
      id: 'r1',
      name: 'api',
      source: '/src/api',
      commitSha: 'abc',
      branch: 'main',
      analysedAt: null,
      metrics: [],
      facts: null,
      warnings: [],
    }
    await expect(
      saveSbom(deps({ chooseSavePath: async () => path }), { repo, suggestedName: 'api-sbom.cdx.json' }),
    ).resolves.toEqual({
      path,
    })
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ bomFormat: 'CycloneDX', components: [] })
  })
})
