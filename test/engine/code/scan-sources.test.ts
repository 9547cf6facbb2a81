import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { scanSources } from '../../../src/main/engine/code/scan-sources'
import type { SourceToParse } from '../../../src/main/engine/code/parsed-source'
import type { SourceDialect } from '../../../src/main/engine/code/source-kinds'
import { makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'

afterAll(removeTempDirs)

async function folderWith(files: Record<string, string | Buffer>): Promise<string> {
  const root = await makeTempDir('diligent-scan-')
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), content)
  }
  return root
}

const source = (path: string, dialect: SourceDialect = 'ts'): SourceToParse => ({
  path,
  dialect,
  codeLines: 1,
})
const options = (repoDir: string, signal = new AbortController().signal) => ({
  repoDir,
  maxFileBytes: 10 * 1024 * 1024,
  signal,
})

describe('scanSources (the parse worker)', () => {
  // Each test starts a real worker, which loads TypeScript through tsx: seconds, not milliseconds.
  it('parses, measures and lists the imports of each file on a worker thread', async () => {
    const root = await folderWith({
      'src/a.ts':
        "import { b } from './b'\nexport function a(x: number) {\n  if (x > 1) return b(x)\n  return 0\n}\n",
      'src/b.tsx': "export const b = (x: number) => <div>{x && 'yes'}</div>\n",
    })
    const progress: [number, number][] = []
    const scan = await scanSources([source('src/a.ts'), source('src/b.tsx', 'tsx')], {
      ...options(root),
      onProgress: (done, total) => progress.push([done, total]),
    })
    expect(scan.problems).toEqual([])
    const [a, b] = scan.files
    expect(a?.imports).toEqual([{ specifier: './b', kind: 'static', line: 1 }])
    expect(a?.measures.functions).toMatchObject([{ name: 'a', cyclomatic: 2, cognitive: 1, line: 2 }])
    expect(b?.measures.functions).toMatchObject([{ name: 'b', kind: 'arrow', cyclomatic: 2 }])
    expect(progress.at(-1)).toEqual([2, 2])
    expect(scan.duplication.totalLines).toBeGreaterThan(0)
  }, 30_000)

  it('turns unreadable, undecodable and impossibly nested files into problems, and keeps going', async () => {
    const deep = `export const x = ${'('.repeat(200_000)}1${')'.repeat(200_000)}\n`
    const root = await folderWith({
      'deep.ts': deep,
      'latin1.ts': Buffer.from([
        0x63, 0x6f, 0x6e, 0x73, 0x74, 0x20, 0x78, 0x20, 0x3d, 0x20, 0x27, 0xe9, 0x27, 0x0a,
      ]),
      'fine.ts': 'export function fine() {\n  return 1\n}\n',
    })
    const scan = await scanSources(
      [source('deep.ts'), source('missing.ts'), source('latin1.ts'), source('fine.ts')],
      options(root),
    )
    expect(scan.problems).toEqual([
      { path: 'deep.ts', message: 'Not measured: the code nests too deeply to parse safely.' },
      { path: 'missing.ts', message: 'Not measured: the file could not be read.' },
    ])
    expect(scan.files.map((file) => file.path)).toEqual(['latin1.ts', 'fine.ts'])
  }, 30_000)

  it('stops the worker when the run is cancelled', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 400; index += 1)
      files[`f${index}.ts`] =
        `export function f${index}(x: number) {\n  return x > ${index} ? 1 : 0\n}\n`.repeat(50)
    const root = await folderWith(files)
    const controller = new AbortController()
    const scanning = scanSources(
      Object.keys(files).map((path) => source(path)),
      {
        ...options(root, controller.signal),
        onProgress: () => controller.abort(new Error('cancelled by the auditor')),
      },
    )
    await expect(scanning).rejects.toThrow('cancelled by the auditor')
  }, 30_000)
})
