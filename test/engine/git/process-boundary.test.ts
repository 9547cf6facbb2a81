import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// security.md T4: the only child process is git, so only the git layer may import child_process.
const SOURCE = "import { spawn } from 'node:child_process'\nexport const start = spawn\n"

async function restrictedImportErrors(filePath: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(SOURCE, { filePath })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((m) => m.message)
}

describe('the child_process boundary', () => {
  it.each([
    'src/main/engine/runner.ts',
    'src/main/engine/analyzers/secrets.ts',
    'src/main/index.ts',
    'src/cli/index.ts',
  ])(
    'forbids child_process in %s',
    async (filePath) => {
      expect(await restrictedImportErrors(filePath)).toEqual([
        "'node:child_process' import is restricted from being used. Only the git module may spawn processes.",
      ])
    },
    30_000,
  )

  it('allows it in src/main/engine/git/', async () => {
    expect(await restrictedImportErrors('src/main/engine/git/git-command.ts')).toEqual([])
  }, 30_000)
})
