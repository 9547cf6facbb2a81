import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDueDiligencePack } from '../../../../src/main/exports/pdf/document'
import { SECTION_TITLES } from '../../../../src/main/exports/pdf/section-titles'
import type { AuditSnapshot } from '../../../../src/shared/report/audit-snapshot'
import { removeTempDirs } from '../../../helpers/make-git-repo'
import { sampleSnapshot } from '../../../helpers/snapshots'
import { architectureFacts, withRepoFacts } from '../code-facts'
import { readPdf, sectionText } from './pdf-text'

let base: AuditSnapshot

async function architectureText(snapshot: AuditSnapshot): Promise<string> {
  const doc = await readPdf(await buildDueDiligencePack(snapshot))
  return sectionText(doc, SECTION_TITLES.architecture, SECTION_TITLES.team)
}

beforeAll(async () => {
  base = await sampleSnapshot()
}, 60_000)
afterAll(removeTempDirs)

describe('the architecture section', () => {
  it('lists the stack, the import cycles with a concrete path, and the share of test code', async () => {
    const text = await architectureText(withRepoFacts(base, { architecture: architectureFacts() }))
    expect(text).toContain('Express Web server – express in package.json, imported by 6 files')
    expect(text).toContain('node-postgres Datastore PostgreSQL pg in package.json, declared only')
    expect(text).toContain('Datastores: PostgreSQL.')
    expect(text).toContain(
      '48 source modules in the import graph, with 112 import links between them; 61 imports of third-party packages; 2 imports could not be resolved.',
    )
    expect(text).toContain('2 import cycles through 5 modules:')
    expect(text).toContain(
      '3 src/orders/index.ts › src/orders/pricing.ts › src/orders/tax.ts › src/orders/index.ts',
    )
    expect(text).toContain('2 src/db/client.ts › src/db/pool.ts › src/db/client.ts')
    expect(text).toContain(
      '9 test files (1,300 lines) beside 39 production files (5,200 lines): 0.25 test lines per production line. Test frameworks: Vitest.',
    )
  }, 60_000)

  it('says when there is no cycle, no test file, or a cycle too long to print in full', async () => {
    const facts = architectureFacts()
    const text = await architectureText(
      withRepoFacts(base, {
        architecture: {
          ...facts,
          cycles: {
            total: 12,
            modulesInCycles: 40,
            components: [{ size: 30, members: [], path: ['a.ts', 'b.ts', 'c.ts'], length: 30 }],
          },
          tests: { ...facts.tests, testFiles: 0, testLines: 0, ratio: 0 },
        },
      }),
    )
    expect(text).toContain('a.ts › b.ts › c.ts … (30 imports in all)')
    expect(text).toContain('Showing 1 of 12 cycles, largest first.')
    expect(text).toContain('No test file was found beside 39 production files.')

    const acyclic = await architectureText(
      withRepoFacts(base, {
        architecture: { ...facts, cycles: { total: 0, modulesInCycles: 0, components: [] } },
      }),
    )
    expect(acyclic).toContain('No import cycle')
  }, 60_000)

  it('says what is unknown for a snapshot without architecture facts, or with malformed ones', async () => {
    for (const architecture of [undefined, 'corrupt']) {
      const text = await architectureText(withRepoFacts(base, { architecture }))
      expect(text).toContain('The architecture analyzer has no results for this repository')
    }
    const malformed = await architectureText(
      withRepoFacts(base, { architecture: { cycles: { components: [7, null] }, technologies: 'many' } }),
    )
    expect(malformed).toContain('No known framework, datastore or service library was found')
    expect(malformed).toContain('No JavaScript or TypeScript module was found')
  }, 60_000)
})
