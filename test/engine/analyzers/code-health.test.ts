import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAudit } from '../../../src/main/engine'
import type { AuditResult } from '../../../src/shared/domain/audit-result'
import { ADA, GRACE, makeGitRepo, makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'

// A small TypeScript monorepo built to exercise the code-health analyzers end to end: a workspace
// package imported by name, a tsconfig `paths` alias, an import cycle, a duplicated block, type-safety
// escapes, markers, a loose tsconfig, and a complex file that changes often and whose author left.

const BRANCHY = `export function route(kind: string, retries: number, flags: string[]) {
  for (const flag of flags) {
    if (flag === 'skip') {
      continue
    } else if (flag === 'stop' && retries > 0) {
      return 'stopped'
    }
  }
  switch (kind) {
    case 'a':
      return retries > 1 ? 'many' : 'one'
    case 'b':
      return 'b'
    default:
      return 'none'
  }
}
`
const SHARED_BLOCK = Array.from(
  { length: 12 },
  (_, index) => `  total += values[${index}] * weights[${index}] - offsets[${index}]`,
).join('\n')
const withShared = (name: string) =>
  `export function ${name}(values: number[], weights: number[], offsets: number[]) {\n  let total = 0\n${SHARED_BLOCK}\n  return total\n}\n`

const NOW = new Date('2026-06-01T00:00:00Z')
let result: AuditResult

beforeAll(async () => {
  const files = {
    'package.json': JSON.stringify({
      name: 'shop',
      private: true,
      workspaces: ['packages/*'],
      dependencies: { express: '^4.19.0' },
    }),
    'packages/ui/package.json': JSON.stringify({
      name: '@shop/ui',
      version: '1.0.0',
      dependencies: { react: '^18.0.0' },
    }),
    'packages/ui/src/index.ts': "export const button = 'button'\n",
    'tsconfig.json': JSON.stringify({
      compilerOptions: { strict: false, baseUrl: '.', paths: { '@lib/*': ['src/lib/*'] } },
    }),
    'src/server.ts': `import express from 'express'\nimport { button } from '@shop/ui'\nimport { money } from '@lib/money'\nimport { a } from './cycle/a'\n// TODO: split the routes out\nexport const app = express()\nexport const parts = [button, money, a]\n`,
    'src/lib/money.ts': `// FIXME: rounding is wrong for JPY\nexport const money = (value: any) => value!.toFixed(2) // eslint-disable-line\n`,
    'src/cycle/a.ts': "import { b } from './b'\nexport const a = () => b()\n",
    'src/cycle/b.ts': "import { a } from './a'\nexport const b = (): unknown => a\n",
    'src/copy-one.ts': withShared('first'),
    'src/copy-two.ts': withShared('second'),
    'src/router.ts': BRANCHY,
    'test/money.test.ts': "import { money } from '../src/lib/money'\nmoney(1)\n",
  }
  const routerEdits = [1, 2, 3, 4].map((edit) => ({
    author: GRACE,
    date: `2025-0${edit}-15T10:00:00Z`,
    files: { 'src/router.ts': `${BRANCHY}// edit ${edit}\n` },
  }))
  const repo = await makeGitRepo([
    { author: GRACE, date: '2025-01-01T10:00:00Z', files },
    ...routerEdits,
    {
      author: ADA,
      date: '2026-05-20T10:00:00Z',
      files: { 'src/server.ts': `${files['src/server.ts']}// touched\n` },
    },
  ])
  result = await runAudit(
    { source: repo, sourceKind: 'local' },
    { cacheDir: await makeTempDir('diligent-cache-'), now: NOW },
  )
})
afterAll(removeTempDirs)

describe('the code-health analyzers on a crafted monorepo', () => {
  it('runs complexity, architecture and hotspots to success', () => {
    const status = Object.fromEntries(result.analyzers.map(({ id, status }) => [id, status]))
    expect(status).toMatchObject({
      complexity: 'succeeded',
      architecture: 'succeeded',
      hotspots: 'succeeded',
    })
  })

  it('measures every function and the file-level escapes and markers', () => {
    const complexity = result.facts.complexity
    // route: for-of +1, if +2 (nesting 1), else if +1, && +1, switch +1, ?: +2 (nesting 1) = 8.
    expect(complexity?.worstFunctions[0]).toMatchObject({
      path: 'src/router.ts',
      name: 'route',
      line: 1,
      parameters: 3,
      cognitive: 8,
      // 1 + for-of + if + else-if + && + 2 cases + ?: = 8.
      cyclomatic: 8,
    })
    expect(complexity?.totals).toMatchObject({
      files: 9,
      anyCount: 1,
      nonNullAssertions: 1,
      eslintDisable: 1,
      markers: 2,
    })
    expect(complexity?.markers.map(({ path, kind }) => [path, kind])).toEqual([
      ['src/lib/money.ts', 'FIXME'],
      ['src/server.ts', 'TODO'],
    ])
    expect(complexity?.tsconfigs).toEqual([
      { path: 'tsconfig.json', strict: false, noImplicitAny: false, strictNullChecks: false },
    ])
  })

  it('finds the duplicated block in both files', () => {
    const duplication = result.facts.complexity?.duplication
    expect(duplication?.cloneCount).toBe(1)
    const [clone] = duplication?.clones ?? []
    expect([clone?.first.path, clone?.second.path].sort()).toEqual(['src/copy-one.ts', 'src/copy-two.ts'])
    expect(duplication?.percentage).toBeGreaterThan(5)
  })

  it('resolves the workspace package and the paths alias, and finds the cycle with its path', () => {
    const architecture = result.facts.architecture
    expect(architecture?.imports.unresolved).toBe(0)
    expect(architecture?.cycles.total).toBe(1)
    expect(architecture?.cycles.components[0]?.path).toEqual([
      'src/cycle/a.ts',
      'src/cycle/b.ts',
      'src/cycle/a.ts',
    ])
    expect(architecture?.technologies.map((technology) => technology.name)).toEqual(
      expect.arrayContaining(['Express', 'React']),
    )
    expect(architecture?.tests).toMatchObject({ testFiles: 1, productionFiles: 8 })
  })

  it('ranks the often-changed complex router as the top hotspot, its author gone, no test named after it', () => {
    expect(result.facts.hotspots?.hotspots[0]).toMatchObject({
      path: 'src/router.ts',
      commits: 5,
      complexity: 8,
      mainAuthorName: 'Grace Hopper',
      mainAuthorInactive: true,
      tested: false,
    })
    expect(result.facts['git-history']?.truckFactorByFolder.map(({ folder }) => folder)).toContain('src')
  })

  it('reports the debt as findings the inventory can triage', () => {
    const ruleIds = new Set(result.findings.map((finding) => finding.ruleId))
    for (const ruleId of [
      'architecture/import-cycle',
      'complexity/typescript-not-strict',
      'complexity/duplicated-code',
      'complexity/type-safety-escapes',
    ])
      expect(ruleIds, ruleId).toContain(ruleId)
    expect(result.metrics.find((metric) => metric.id === 'architecture/import-cycles')?.value).toBe(1)
  })
})
