import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { cruise, type ICruiseResult } from 'dependency-cruiser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const { forbidden } = require('../../.dependency-cruiser.cjs') as { forbidden: unknown[] }

/** A miniature project in which each file breaks exactly one layer rule. */
const VIOLATIONS: Record<string, string> = {
  'src/main/engine/uses-electron.ts': "import { app } from 'electron'\nexport const name = app.name\n",
  'src/main/engine/uses-main.ts':
    "import { windowTitle } from '../window'\nexport const title = windowTitle\n",
  'src/main/window.ts': "export const windowTitle = 'Diligent'\n",
  'src/renderer/src/uses-node.ts':
    "import { readFileSync } from 'node:fs'\nexport const read = readFileSync\n",
  'src/renderer/src/uses-main.ts':
    "import { windowTitle } from '../../main/window'\nexport const title = windowTitle\n",
  'src/shared/uses-renderer.ts':
    "import { read } from '../renderer/src/uses-node'\nexport const again = read\n",
  'src/preload/uses-main.ts':
    "import { windowTitle } from '../main/window'\nexport const title = windowTitle\n",
  'src/main/circle-a.ts': "import { b } from './circle-b'\nexport const a = () => b\n",
  'src/main/circle-b.ts': "import { a } from './circle-a'\nexport const b = () => a\n",
  'src/main/exports/uses-window.ts':
    "import { windowTitle } from '../window'\nexport const title = windowTitle\n",
  'src/cli/uses-ipc.ts': "import { windowTitle } from '../main/window'\nexport const title = windowTitle\n",
  'src/main/uses-test.ts': "import { helper } from '../../test/helper'\nexport const h = helper\n",
  'test/helper.ts': 'export const helper = 1\n',
}

let projectDir: string
let violations: { rule: string; from: string; to: string }[]

beforeAll(async () => {
  projectDir = await mkdtemp(join(tmpdir(), 'diligent-layers-'))
  for (const [path, source] of Object.entries(VIOLATIONS)) {
    await mkdir(dirname(join(projectDir, path)), { recursive: true })
    await writeFile(join(projectDir, path), source)
  }
  const { output } = await cruise(['src'], {
    baseDir: projectDir,
    ruleSet: { forbidden } as never,
    tsPreCompilationDeps: true,
    validate: true,
  })
  violations = (output as ICruiseResult).summary.violations.map((violation) => ({
    rule: violation.rule.name,
    from: violation.from,
    to: violation.to,
  }))
}, 60_000)

afterAll(async () => {
  await rm(projectDir, { recursive: true, force: true })
})

describe('the dependency-cruiser layer rules', () => {
  it.each([
    ['engine-is-pure', 'src/main/engine/uses-electron.ts'],
    ['engine-is-pure', 'src/main/engine/uses-main.ts'],
    ['renderer-has-no-node', 'src/renderer/src/uses-node.ts'],
    ['renderer-is-web', 'src/renderer/src/uses-main.ts'],
    ['shared-is-leaf', 'src/shared/uses-renderer.ts'],
    ['preload-is-thin', 'src/preload/uses-main.ts'],
    ['no-circular', 'src/main/circle-a.ts'],
    ['not-to-test', 'src/main/uses-test.ts'],
    ['exports-are-pure', 'src/main/exports/uses-window.ts'],
    ['cli-is-headless', 'src/cli/uses-ipc.ts'],
  ])('%s catches %s', (rule, from) => {
    expect(violations).toContainEqual(expect.objectContaining({ rule, from }))
  })

  it('do not flag the files that break no rule', () => {
    expect(violations.map((violation) => violation.from)).not.toContain('src/main/window.ts')
  })
})
