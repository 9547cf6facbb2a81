import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAudit } from '../../../src/main/engine'
import { securityPatternsAnalyzer } from '../../../src/main/engine/analyzers/security-patterns'
import { bundledSecurityPatternRules } from '../../../src/main/engine/security-patterns/rule-pack'
import type { AuditResult } from '../../../src/shared/domain/audit-result'
import type { SecurityPatternFacts } from '../../../src/shared/domain/facts/security-pattern-facts'
import { folderContext } from '../../helpers/analyzer-context'
import { ADA, makeGitRepo, makeTempDir, removeTempDirs } from '../../helpers/make-git-repo'
import { randomToken } from '../secrets/canary-secrets'

// A credential made up per run: the proof that it leaks nowhere is that this exact text is absent.
const planted = randomToken('abcdefghijklmnopqrstuvwxyz0123456789', 20)

const SERVER = `import express from 'express'
import { exec } from 'child_process'
import { db } from './db'

const smtpPassword = '${planted}'
export const app = express()

app.get('/users', async (req, res) => {
  const rows = await db.query(\`SELECT * FROM users WHERE name = '\${req.query.name}'\`)
  res.json(rows)
})

app.get('/login', (req, res) => {
  res.redirect(req.query.next)
})

export const archive = (folder: string) => exec(\`tar -czf out.tgz \${folder}\`)
export const mail = { password: smtpPassword }
`
const POST = `export const Post = ({ html }: { html: string }) => <article dangerouslySetInnerHTML={{ __html: html }} />\n`
const DOCKERFILE = 'FROM node:20.11\nCOPY . /app\nCMD ["node", "/app/server.js"]\n'
const WORKFLOW = [
  'on: issues',
  'jobs:',
  '  greet:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: echo "${{ github.event.issue.title }}"',
  '',
].join('\n')
const SERVER_TEST = `import { run } from '../src/run'\nexport const check = (code: string) => eval(code)\n`

let result: AuditResult
let facts: SecurityPatternFacts

beforeAll(async () => {
  const repo = await makeGitRepo([
    {
      author: ADA,
      date: '2025-03-01T10:00:00Z',
      files: {
        'src/server.ts': SERVER,
        'src/ui/Post.tsx': POST,
        'src/sum.ts': 'export const sum = (a: number, b: number) => a + b\n',
        'test/server.test.ts': SERVER_TEST,
        'README.md': 'Call eval(x) and res.redirect(req.query.next) in your docs.\n',
        Dockerfile: DOCKERFILE,
        '.github/workflows/greet.yml': WORKFLOW,
        'docs/Dockerfile.md': DOCKERFILE,
      },
    },
  ])
  result = await runAudit({ source: repo, sourceKind: 'local' }, { cacheDir: await makeTempDir() })
  facts = result.facts['security-patterns'] as SecurityPatternFacts
}, 60_000)
afterAll(removeTempDirs)

const findingOf = (id: string) =>
  result.findings.find((finding) => finding.ruleId === `security-patterns/${id}`)

describe('the security-patterns analyzer', () => {
  it('runs after the secrets analyzer, sharing the run’s one parse', () => {
    const ids = result.analyzers.map((analyzer) => analyzer.id)
    expect(ids.indexOf('security-patterns')).toBeGreaterThan(ids.indexOf('secrets'))
    expect(result.analyzers.find((analyzer) => analyzer.id === 'security-patterns')?.status).toBe('succeeded')
    expect(facts.filesChecked).toEqual({ code: 4, dockerfile: 1, 'ci-workflow': 1 })
  })

  it('reports a SQL query built from request input as a CWE-89 / A03 finding at its place', () => {
    const rule = bundledSecurityPatternRules().find((candidate) => candidate.id === 'sql-built-query')
    expect(findingOf('sql-built-query')).toMatchObject({
      category: 'security',
      severity: 'high',
      title: rule?.title,
      location: { path: 'src/server.ts', line: 9, column: 22 },
      evidence: 'query(SQL template with ${…})',
      remediation: rule?.fix,
      effortMinutes: rule?.effortMinutes,
      references: [
        { kind: 'cwe', id: 'CWE-89', url: 'https://cwe.mitre.org/data/definitions/89.html' },
        { kind: 'owasp', id: 'A03:2021', url: 'https://owasp.org/Top10/A03_2021-Injection/' },
        {
          kind: 'doc',
          id: 'SQL Injection Prevention Cheat Sheet',
          url: 'https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html',
        },
        expect.objectContaining({ kind: 'doc' }),
      ],
    })
    expect(findingOf('sql-built-query')?.fingerprint).toMatch(/\S/)
  })

  it('finds the other constructs in code, Dockerfiles and workflows, each once, and nothing in plain code or documentation', () => {
    const found = result.findings
      .filter((finding) => finding.ruleId.startsWith('security-patterns/'))
      .map((finding) => `${finding.ruleId} ${finding.location?.path}:${finding.location?.line}`)
      .sort()
    expect(found).toEqual([
      'security-patterns/child-process-interpolated src/server.ts:17',
      'security-patterns/dangerously-set-inner-html src/ui/Post.tsx:1',
      'security-patterns/dockerfile-runs-as-root Dockerfile:1',
      'security-patterns/eval test/server.test.ts:2',
      'security-patterns/hardcoded-credential src/server.ts:5',
      'security-patterns/open-redirect src/server.ts:14',
      'security-patterns/sql-built-query src/server.ts:9',
      'security-patterns/workflow-script-injection .github/workflows/greet.yml:6',
    ])
  })

  it('lowers the severity of a construct in a test file, and says why', () => {
    expect(findingOf('eval')).toMatchObject({ severity: 'low', location: { path: 'test/server.test.ts' } })
    expect(findingOf('eval')?.explanation).toMatch(/Severity lowered because it is under test\//)
    expect(
      facts.occurrences.find((occurrence) => occurrence.ruleId === 'security-patterns/eval')?.loweredBecause,
    ).toMatch(/test\//)
  })

  it('counts by CWE, OWASP category and severity, and reports the totals as metrics', () => {
    expect(facts.countsByCwe).toEqual({
      'CWE-78': 1,
      'CWE-79': 1,
      'CWE-95': 1,
      'CWE-798': 1,
      'CWE-601': 1,
      'CWE-89': 1,
      'CWE-94': 1,
      'CWE-250': 1,
    })
    expect(facts.countsByOwasp).toEqual({ 'A03:2021': 5, 'A05:2021': 1, 'A07:2021': 1, 'A01:2021': 1 })
    expect(facts.countsBySeverity).toEqual({ critical: 0, high: 4, medium: 3, low: 1, info: 0 })
    expect(facts.truncatedBecause).toBeNull()
    expect(facts.rules).toHaveLength(bundledSecurityPatternRules().length)
    const metric = (id: string) => result.metrics.find((candidate) => candidate.id === id)?.value
    expect(metric('security-patterns/occurrences')).toBe(8)
    expect(metric('security-patterns/high-or-critical')).toBe(4)
    expect(metric('security-patterns/files-checked')).toBe(6)
  })

  it('never lets a hard-coded credential’s value into a finding, a fact or anything else in the result', () => {
    expect(findingOf('hardcoded-credential')?.evidence).toBe(
      `smtpPassword = "…" (${planted.length} characters)`,
    )
    expect(JSON.stringify(result)).not.toContain(planted)
  })

  it('stops when the run is cancelled', async () => {
    const controller = new AbortController()
    const reason = new Error('cancelled')
    controller.abort(reason)
    const { context } = await folderContext(await makeTempDir(), { signal: controller.signal })
    await expect(securityPatternsAnalyzer.run(context)).rejects.toBe(reason)
  })
})
