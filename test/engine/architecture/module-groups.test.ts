import { describe, expect, it } from 'vitest'
import { groupModules, MAX_GROUPS } from '../../../src/main/engine/architecture/module-groups'
import { architectureOf } from './helpers'

const modules = (paths: string[]) => paths.map((path) => ({ path, lines: 10 }))

describe('module groups', () => {
  it('groups a monorepo by workspace package, and the rest by top-level folder', () => {
    const { facts } = architectureOf(
      {
        'apps/web/src/page.tsx': "import { Button } from '@acme/ui'\nimport { api } from '@acme/api/client'",
        'apps/web/src/layout.tsx': "import { Button } from '@acme/ui/button'",
        'packages/ui/src/index.ts': "export * from './button'",
        'packages/ui/src/button.tsx':
          "import { format } from '../../../scripts/format'\nexport const Button = 1",
        'packages/api/client.ts': "import { Button } from '@acme/ui'",
        'scripts/format.ts': 'export const format = 1',
        'vite.config.ts': "import { format } from './scripts/format'",
      },
      {
        workspacePackages: [
          { name: 'acme', dir: '' },
          { name: '@acme/web', dir: 'apps/web' },
          { name: '@acme/ui', dir: 'packages/ui' },
          { name: '@acme/api', dir: 'packages/api' },
        ],
      },
    )
    expect(facts.groups).toEqual([
      { name: '@acme/ui', kind: 'package', files: 2, lines: 3 },
      { name: '@acme/web', kind: 'package', files: 2, lines: 3 },
      { name: '(root)', kind: 'root', files: 1, lines: 1 },
      { name: '@acme/api', kind: 'package', files: 1, lines: 1 },
      { name: 'scripts/', kind: 'folder', files: 1, lines: 1 },
    ])
    expect(facts.groupEdges).toEqual([
      { from: '@acme/web', to: '@acme/ui', imports: 2 },
      { from: '(root)', to: 'scripts/', imports: 1 },
      { from: '@acme/api', to: '@acme/ui', imports: 1 },
      { from: '@acme/ui', to: 'scripts/', imports: 1 },
      { from: '@acme/web', to: '@acme/api', imports: 1 },
    ])
  })

  it('splits a folder holding most of the code into its subfolders, as deep as it goes', () => {
    const { groups } = groupModules(
      modules([
        'src/index.ts',
        'src/app/api/a.ts',
        'src/app/api/b.ts',
        'src/app/ui/c.ts',
        'src/app/ui/d/e.ts',
        'src/lib/f.ts',
        'test/g.ts',
      ]),
      [],
      [],
    )
    expect(groups.map(({ name, files }) => [name, files])).toEqual([
      ['src/app/api/', 2],
      ['src/app/ui/', 2],
      ['src/', 1],
      ['src/lib/', 1],
      ['test/', 1],
    ])
  })

  it('leaves a folder whole when none holds most of the code', () => {
    const { groups } = groupModules(modules(['src/a/x.ts', 'src/b/y.ts', 'lib/a/z.ts', 'lib/b/w.ts']), [], [])
    expect(groups.map(({ name }) => name)).toEqual(['lib/', 'src/'])
  })

  it(`folds groups beyond ${MAX_GROUPS} into one, with their edges`, () => {
    const paths = Array.from({ length: 50 }, (_, index) => `folder${String(index).padStart(2, '0')}/x.ts`)
    const { groups, groupEdges } = groupModules(
      modules([...paths, 'folder00/y.ts']),
      [],
      [
        { from: 0, to: 49, imports: 2 },
        { from: 48, to: 49, imports: 5 },
        { from: 49, to: 1, imports: 1 },
      ],
    )
    expect(groups).toHaveLength(MAX_GROUPS)
    expect(groups[0]).toEqual({ name: 'folder00/', kind: 'folder', files: 2, lines: 20 })
    expect(groups.at(-1)).toEqual({ name: '(other)', kind: 'other', files: 11, lines: 110 })
    // Imports inside the folded group are no edge; those leaving it are.
    expect(groupEdges).toEqual([
      { from: 'folder00/', to: '(other)', imports: 2 },
      { from: '(other)', to: 'folder01/', imports: 1 },
    ])
  })
})
