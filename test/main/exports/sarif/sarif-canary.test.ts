import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { snapshotFromAudit } from '../../../../src/cli/snapshot-from-audit'
import { runAudit } from '../../../../src/main/engine'
import { buildSarifExport } from '../../../../src/main/exports/sarif/build-sarif'
import { redact } from '../../../../src/main/engine/secrets/redact'
import { makeCanaries, windowsOf } from '../../../engine/secrets/canary-secrets'
import { ADA, makeGitRepo, makeTempDir, removeTempDirs } from '../../../helpers/make-git-repo'
import { sarifSchemaErrors } from './sarif-validator'

const KEY = randomBytes(32)
const canaries = makeCanaries()
let sarif: string

beforeAll(async () => {
  const repo = await makeGitRepo([
    {
      author: ADA,
      date: '2025-01-10T09:00:00Z',
      files: {
        'src/config.ts': canaries.map((planted) => planted.text).join(''),
        'config/broken.json': `{"token": "${canaries[1]?.secret ?? ''}", `,
      },
    },
  ])
  const result = await runAudit(
    { source: repo, sourceKind: 'local' },
    { cacheDir: await makeTempDir(), redactionKey: KEY },
  )
  const snapshot = await snapshotFromAudit(result, { name: 'Acme', stage: 'growth' }, 'acme')
  sarif = Buffer.from(await buildSarifExport(snapshot)).toString('utf8')
}, 60_000)
afterAll(removeTempDirs)

describe('the canary: no planted secret reaches the SARIF export of a real audit', () => {
  it('reports the secrets as results, in a valid log', () => {
    const log = JSON.parse(sarif) as { runs: { results: { ruleId: string }[] }[] }
    expect(sarifSchemaErrors(log)).toEqual([])
    const secretResults = log.runs[0]?.results.filter((result) => result.ruleId.startsWith('secrets/')) ?? []
    expect(secretResults.length).toBeGreaterThanOrEqual(canaries.length - 1)
  })

  it('holds no planted secret, nor any 8-character piece of one, nor even its redacted form', () => {
    for (const planted of canaries) {
      expect(sarif.includes(planted.secret), planted.name).toBe(false)
      for (const window of windowsOf(planted.secret, 8))
        expect(sarif.includes(window), planted.name).toBe(false)
      // The export carries no evidence at all, so not even the masked value and its tag.
      expect(sarif.includes(redact(planted.secret, KEY)), planted.name).toBe(false)
    }
  })
})
