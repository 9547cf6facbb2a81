import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli'
import { buildSampleRepo } from '../../src/cli/sample-repo'
import type { AuditResult } from '../../src/shared/domain/audit-result'
import { simpleRecord, zipOf } from '../engine/vulnerabilities/osv-fixtures'
import { ADA, git, makeGitRepo, makeTempDir, removeTempDirs } from '../helpers/make-git-repo'

let stdout: string
let stderr: string

beforeEach(() => {
  stdout = ''
  stderr = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk)
    return true
  })
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk)
    return true
  })
})
afterEach(() => vi.restoreAllMocks())
afterAll(removeTempDirs)

const readResult = async (folder: string): Promise<AuditResult> =>
  JSON.parse(await readFile(join(folder, 'audit.json'), 'utf8')) as AuditResult

describe('diligent audit', () => {
  it('audits a local folder into DIR/audit.json, with progress on stderr and a summary on stdout', async () => {
    const repo = await makeGitRepo([
      { author: ADA, date: '2025-01-10T00:00:00Z', files: { 'src/index.ts': 'export const answer = 42\n' } },
    ])
    const out = await makeTempDir('diligent-out-')
    expect(await main(['audit', repo, '--out', out])).toBe(0)

    const result = await readResult(out)
    expect(result.schemaVersion).toBe(1)
    expect(result.repo).toEqual({
      source: repo,
      sourceKind: 'local',
      commitSha: (await git(repo, ['rev-parse', 'HEAD'])).trim(),
      branch: 'main',
    })
    expect(stderr).toMatch(/^\[clone\] /m)
    expect(stderr).toMatch(/^\[scan\] 1\/1 Listed tracked files$/m)
    expect(stderr).toContain(`Wrote ${join(out, 'audit.json')}`)
    expect(stdout).toContain('1 line of code in 1 file; 1 commit by 1 person; truck factor 1')
    expect((await readFile(join(out, 'dd-pack.pdf'))).subarray(0, 5).toString()).toBe('%PDF-')
    // An .xlsx is a zip archive.
    expect((await readFile(join(out, 'debt-inventory.xlsx'))).subarray(0, 2).toString()).toBe('PK')
    expect(stderr).toMatch(/^\[export\] debt-inventory\.xlsx$/m)
    const sarif = JSON.parse(await readFile(join(out, 'audit.sarif'), 'utf8')) as {
      version: string
      runs: unknown[]
    }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs).toHaveLength(1)
  })

  it('exits 1 with the reason when the source cannot be audited', async () => {
    const out = await makeTempDir('diligent-out-')
    expect(await main(['audit', 'ext::sh -c id', '--out', out])).toBe(1)
    expect(stderr).toMatch(/^diligent: Remote-helper transports/m)
  })

  it('exits 2 with the usage on a malformed command line', async () => {
    expect(await main([])).toBe(2)
    expect(stdout).toContain('Usage:')
    expect(await main(['audit'])).toBe(2)
    expect(await main(['audit', '.', '--colour'])).toBe(2)
    expect(stderr).toContain("Unknown option '--colour'")
    expect(await main(['--help'])).toBe(0)
  })
})

describe('diligent audit --osv --sbom', () => {
  it('checks dependencies against an OSV export and writes a CycloneDX SBOM beside the rest', async () => {
    const repo = await makeGitRepo([
      {
        author: ADA,
        date: '2025-01-10T00:00:00Z',
        files: {
          'package.json': JSON.stringify({
            name: 'shop',
            license: 'MIT',
            dependencies: { 'left-pad': '1.1.3' },
          }),
          'package-lock.json': JSON.stringify({
            name: 'shop',
            lockfileVersion: 3,
            packages: {
              '': { name: 'shop', dependencies: { 'left-pad': '1.1.3' } },
              'node_modules/left-pad': { version: '1.1.3', license: 'WTFPL' },
            },
          }),
        },
      },
    ])
    const folder = await makeTempDir('diligent-osv-')
    const zip = join(folder, 'all.zip')
    await writeFile(zip, zipOf({ 'GHSA-aaaa.json': simpleRecord('GHSA-aaaa', 'left-pad', '0', '1.2.0') }))
    const out = await makeTempDir('diligent-out-')
    expect(await main(['audit', repo, '--out', out, '--osv', zip, '--sbom'])).toBe(0)

    const result = await readResult(out)
    expect(result.findings.map((finding) => finding.ruleId)).toContain('dependencies/known-vulnerability')
    expect(stderr).toMatch(/^\[osv\] 1 advisories$/m)
    const sbom = JSON.parse(await readFile(join(out, 'sbom.cdx.json'), 'utf8'))
    expect(sbom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' })
    expect(sbom.components).toEqual([
      expect.objectContaining({ name: 'left-pad', version: '1.1.3', purl: 'pkg:npm/left-pad@1.1.3' }),
    ])
    expect(sbom.vulnerabilities).toEqual([expect.objectContaining({ id: 'GHSA-aaaa' })])
  })
})

describe('diligent demo', () => {
  it('builds the sample repository and audits it, finding its planted key-person risk', async () => {
    const out = await makeTempDir('diligent-demo-')
    expect(await main(['demo', '--out', out])).toBe(0)
    const result = await readResult(out)
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(
      expect.arrayContaining(['git-history/truck-factor-one', 'inventory/committed-build-output']),
    )
    expect(stdout).toContain('22 commits by 4 people; truck factor 1')
  })
})

describe('the sample repository', () => {
  it('replays the scripted history, shifted so the last commit falls when asked', async () => {
    const repo = await buildSampleRepo(join(await makeTempDir(), 'orderly-api'), {
      lastCommitAt: new Date('2030-01-31T12:00:00Z'),
    })
    const log = (await git(repo, ['log', '--format=%aI %aN'])).trim().split('\n')
    expect(log).toHaveLength(22)
    expect(log[0]).toBe('2030-01-31T12:00:00+00:00 Dan Okafor')
    expect(await readFile(join(repo, '.mailmap'), 'utf8')).toContain('<alice.martin@gmail.example>')
    expect(await git(repo, ['status', '--porcelain'])).toBe('')
  })
})
