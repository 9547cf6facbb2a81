import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { scanConfigFiles } from '../../../src/main/engine/security-patterns/config-scan'
import { folderContext } from '../../helpers/analyzer-context'
import { makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'

// A Dockerfile check that fails, as a bug in it would: the scan must warn, not fail, and not echo the text.
vi.mock('../../../src/main/engine/security-patterns/config/dockerfile', () => ({
  checkDockerfile: (text: string) => {
    throw new TypeError(`cannot read ${text}`)
  },
}))
afterAll(removeTempDirs)

describe('scanConfigFiles', () => {
  it('checks workflows, skips unreadable files, and turns a failing check into a warning', async () => {
    const folder = await makeTempDir()
    await mkdir(join(folder, '.github/workflows'), { recursive: true })
    await mkdir(join(folder, 'api'))
    await writeFile(join(folder, 'Dockerfile'), 'FROM node:20\nENV TOKEN=hunter2hunter2\n')
    await writeFile(join(folder, 'api/Dockerfile'), 'FROM node:20\n')
    await writeFile(
      join(folder, '.github/workflows/ci.yml'),
      'on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.body }}"\n',
    )
    await writeFile(join(folder, 'src.ts'), 'export {}\n')
    const { context, warnings } = await folderContext(folder)
    const read = context.readFile
    context.readFile = async (path) => (path === 'api/Dockerfile' ? null : read(path))

    const scan = await scanConfigFiles(context)

    expect(scan.checked).toEqual({ dockerfile: 0, 'ci-workflow': 1 })
    expect(scan.files).toEqual([
      {
        path: '.github/workflows/ci.yml',
        matches: [expect.objectContaining({ ruleId: 'workflow-script-injection', line: 6 })],
      },
    ])
    expect(warnings).toEqual([
      { message: 'Not checked for insecure settings: the check failed (TypeError).', path: 'Dockerfile' },
    ])
  })
})
