import { describe, expect, it } from 'vitest'
import { buildArchitecture } from '../../../src/main/engine/architecture/build-architecture'
import { createModuleResolver } from '../../../src/main/engine/architecture/resolve-module'
import { isTestPath } from '../../../src/main/engine/architecture/test-files'
import { fingerprintOf } from '../../../src/main/engine/collector'
import { architectureOf, CATALOG, sourceModules } from './helpers'

/** Every consecutive pair of a cycle's path is a real import between the two files. */
function expectRealCycle(path: string[], files: Record<string, string>) {
  expect(path[0]).toBe(path.at(-1))
  for (let step = 0; step + 1 < path.length; step += 1) {
    const from = path[step]!
    const to = path[step + 1]!
    const name = to.slice(to.lastIndexOf('/') + 1).replace(/\.ts$/, '')
    expect(files[from], `${from} → ${to}`).toMatch(new RegExp(`from '\\./${name}'`))
  }
}

describe('import cycles', () => {
  const files = {
    'src/a.ts': "import { b } from './b'\nexport const a = 1",
    'src/b.ts': "import { c } from './c'\nexport const b = 1",
    'src/c.ts': "import { a } from './a'\nimport { d } from './d'\nexport const c = 1",
    'src/d.ts': "export { e } from './e'\nexport const d = 1",
    'src/e.ts': "\n\nimport { d } from './d'\nexport const e = 1",
    'src/self.ts': "import * as me from './self'\nexport const self = 1",
    'src/typed-a.ts': "import type { B } from './typed-b'\nexport interface A { b: B }",
    'src/typed-b.ts': "import type { A } from './typed-a'\nexport interface B { a: A }",
    'src/leaf.ts': "import { a } from './a'",
  }
  const { facts, findings } = architectureOf(files)

  it('finds each component of more than one module, and a self-import, but no type-only cycle', () => {
    expect(facts.cycles.total).toBe(3)
    expect(facts.cycles.modulesInCycles).toBe(6)
    expect(facts.cycles.components.map(({ size, members, length }) => ({ size, members, length }))).toEqual([
      { size: 3, members: ['src/a.ts', 'src/b.ts', 'src/c.ts'], length: 3 },
      { size: 2, members: ['src/d.ts', 'src/e.ts'], length: 2 },
      { size: 1, members: ['src/self.ts'], length: 1 },
    ])
  })

  it('gives each a real cycle through its first module', () => {
    const [three, two, self] = facts.cycles.components
    expect(three!.path).toEqual(['src/a.ts', 'src/b.ts', 'src/c.ts', 'src/a.ts'])
    expect(two!.path).toEqual(['src/d.ts', 'src/e.ts', 'src/d.ts'])
    expect(self!.path).toEqual(['src/self.ts', 'src/self.ts'])
    for (const cycle of facts.cycles.components) expectRealCycle(cycle.path, files)
  })

  it('reports one finding per cycle, at the import that starts it', () => {
    expect(
      findings.map(({ ruleId, severity, title, location }) => ({ ruleId, severity, title, location })),
    ).toEqual([
      {
        ruleId: 'architecture/import-cycle',
        severity: 'low',
        title: 'Import cycle through 3 modules, starting at src/a.ts',
        location: { path: 'src/a.ts', line: 1, column: null },
      },
      {
        ruleId: 'architecture/import-cycle',
        severity: 'low',
        title: 'Import cycle through 2 modules, starting at src/d.ts',
        location: { path: 'src/d.ts', line: 1, column: null },
      },
      {
        ruleId: 'architecture/import-cycle',
        severity: 'low',
        title: 'src/self.ts imports itself',
        location: { path: 'src/self.ts', line: 1, column: null },
      },
    ])
    expect(findings[0]!.explanation).toContain('src/a.ts → src/b.ts → src/c.ts → src/a.ts')
    expect(findings[0]).toMatchObject({ category: 'debt', effortMinutes: 90 })
  })

  it('keeps a finding fingerprint when the files are listed in another order', () => {
    const reversed = Object.fromEntries(Object.entries(files).reverse())
    const again = architectureOf(reversed).findings
    expect(again.map(fingerprintOf)).toEqual(findings.map(fingerprintOf))
  })

  it('rates a cycle by its size', () => {
    const ring = (size: number) =>
      Object.fromEntries(
        Array.from({ length: size }, (_, index) => [`m${index}.ts`, `import './m${(index + 1) % size}'`]),
      )
    expect(architectureOf(ring(4)).findings[0]?.severity).toBe('low')
    expect(architectureOf(ring(5)).findings[0]?.severity).toBe('medium')
    expect(architectureOf(ring(20)).findings[0]?.severity).toBe('high')
  })
})

describe('large graphs', () => {
  const build = (count: number, ring: boolean) => {
    const modules = Array.from({ length: count }, (_, index) => ({
      path: `src/m${index}.ts`,
      lines: 10,
      imports:
        index + 1 < count || ring
          ? [{ specifier: `./m${(index + 1) % count}`, kind: 'static' as const, line: 1 }]
          : [],
    }))
    const resolver = createModuleResolver({
      files: modules.map((module) => module.path),
      configs: [],
      workspacePackages: [],
    })
    return buildArchitecture({
      modules,
      resolver,
      workspacePackages: [],
      declaredDependencies: [],
      catalog: CATALOG,
      isTest: isTestPath,
    })
  }

  it('finds no cycle in a 50,000-module chain', () => {
    const { facts, findings } = build(50_000, false)
    expect(facts.modules).toBe(50_000)
    expect(facts.imports.internalEdges).toBe(49_999)
    expect(facts.cycles.total).toBe(0)
    expect(findings).toEqual([])
  })

  it('finds a 50,000-module ring as one cycle, and keeps the facts small', () => {
    const { facts, findings } = build(50_000, true)
    expect(facts.cycles.total).toBe(1)
    const [cycle] = facts.cycles.components
    expect(cycle).toMatchObject({ size: 50_000, length: 50_000 })
    expect(cycle!.members).toHaveLength(25)
    expect(cycle!.path.slice(0, 3)).toEqual(['src/m0.ts', 'src/m1.ts', 'src/m2.ts'])
    expect(cycle!.path).toHaveLength(41)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'high', effortMinutes: 4800 })
    expect(findings[0]!.explanation).toContain('(49988 more imports) → src/m0.ts')
    expect(JSON.stringify(facts).length).toBeLessThan(100_000)
  })
})

describe('import counts', () => {
  it('counts every kind of destination, and keeps examples of what did not resolve', () => {
    const { facts } = architectureOf(
      {
        'src/app.ts': [
          "import fs from 'node:fs'",
          "import path from 'path'",
          "import React from 'react'",
          "import { render } from 'react-dom/client'",
          "import './styles.css'",
          "import data from './data.json'",
          "import { util } from './util'",
          "import { util as again } from './util'",
          "import type { T } from './util'",
          "import missing from './missing'",
          "import aliased from '@/aliased'",
          'const lazy = import(name)',
        ].join('\n'),
        'src/util.ts': "import React from 'react'\nexport const util = 1",
      },
      { otherFiles: ['src/styles.css', 'src/data.json'] },
    )
    expect(facts.modules).toBe(2)
    expect(facts.imports).toEqual({
      internal: 3,
      internalEdges: 1,
      otherFiles: 2,
      external: 3,
      builtin: 2,
      unresolved: 2,
      nonLiteral: 1,
    })
    expect(facts.unresolvedExamples).toEqual([
      { from: 'src/app.ts', specifier: './missing', line: 10 },
      { from: 'src/app.ts', specifier: '@/aliased', line: 11 },
    ])
    expect(facts.externalPackages).toEqual({
      total: 2,
      top: [
        { name: 'react', files: 2 },
        { name: 'react-dom', files: 1 },
      ],
    })
  })

  it('keeps 50 examples of unresolved imports and counts the rest', () => {
    const code = Array.from({ length: 80 }, (_, index) => `import './gone-${index}'`).join('\n')
    const { facts } = architectureOf({ 'a.ts': code })
    expect(facts.imports.unresolved).toBe(80)
    expect(facts.unresolvedExamples).toHaveLength(50)
  })

  it('analyses nothing into empty facts', () => {
    const { facts, findings } = architectureOf({})
    expect(facts).toMatchObject({
      modules: 0,
      cycles: { total: 0, modulesInCycles: 0, components: [] },
      mostDependedOn: [],
      mostDependent: [],
      groups: [],
      groupEdges: [],
      technologies: [],
      tests: { testFiles: 0, productionFiles: 0, ratio: null },
    })
    expect(findings).toEqual([])
  })
})

describe('fan-in and fan-out', () => {
  it('ranks production modules by distinct importers and imports, leaving tests out', () => {
    const { facts } = architectureOf({
      'src/hub.ts': 'export const hub = 1',
      'src/shared.ts': "import { hub } from './hub'",
      'src/one.ts': "import { hub } from './hub'\nimport { hub as h } from './hub'\nimport './shared'",
      'src/two.ts': "import { hub } from './hub'\nimport './shared'\nimport './one'",
      'src/hub.test.ts': "import { hub } from './hub'\nimport './one'\nimport './two'\nimport './shared'",
    })
    expect(facts.mostDependedOn).toEqual([
      { path: 'src/hub.ts', count: 3 },
      { path: 'src/shared.ts', count: 2 },
      { path: 'src/one.ts', count: 1 },
    ])
    expect(facts.mostDependent).toEqual([
      { path: 'src/two.ts', count: 3 },
      { path: 'src/one.ts', count: 2 },
      { path: 'src/shared.ts', count: 1 },
    ])
  })
})

describe('technologies', () => {
  const files = {
    'src/server.ts': "import express from 'express'\nimport { PrismaClient } from '@prisma/client'",
    'src/queue.ts': "import { Queue } from 'bullmq'\nimport Redis from 'ioredis'",
    'src/upload.ts':
      "import { S3Client } from '@aws-sdk/client-s3'\nimport { DynamoDBClient } from '@aws-sdk/client-dynamodb'",
    'src/server.test.ts': "import { describe } from 'vitest'\nimport request from 'supertest'",
  }
  const { facts } = architectureOf(files, {
    declaredDependencies: [
      { name: 'express', ecosystem: 'npm', manifest: 'package.json' },
      { name: 'pg', ecosystem: 'npm', manifest: 'package.json' },
      { name: 'vitest', ecosystem: 'npm', manifest: 'package.json' },
      { name: 'Django', ecosystem: 'pypi', manifest: 'api/requirements.txt' },
      { name: 'psycopg2_binary', ecosystem: 'pypi', manifest: 'api/requirements.txt' },
      { name: 'github.com/gin-gonic/gin', ecosystem: 'go', manifest: 'svc/go.mod' },
      { name: 'github.com/jackc/pgx/v5', ecosystem: 'go', manifest: 'svc/go.mod' },
      {
        name: 'org.springframework.boot:spring-boot-starter-web',
        ecosystem: 'maven',
        manifest: 'java/pom.xml',
      },
      { name: 'unknown-thing', ecosystem: 'npm', manifest: 'package.json' },
    ],
  })
  const byId = new Map(facts.technologies.map((technology) => [technology.id, technology]))

  it('detects technologies from manifests of every ecosystem and from imports', () => {
    expect([...byId.keys()].sort()).toEqual(
      [
        'aws-sdk-v3',
        'bullmq',
        'django',
        'dynamodb',
        'express',
        'gin',
        'postgresql',
        'prisma',
        'redis',
        'spring-boot',
        'vitest',
      ].sort(),
    )
  })

  it('says which evidence points to each, and how many files import it', () => {
    expect(byId.get('express')).toEqual({
      id: 'express',
      name: 'Express',
      category: 'server',
      datastore: null,
      evidence: [
        { source: 'manifest', package: 'express', path: 'package.json' },
        { source: 'import', package: 'express', path: 'src/server.ts' },
      ],
      importingFiles: 1,
    })
    expect(byId.get('postgresql')).toMatchObject({
      datastore: 'PostgreSQL',
      importingFiles: 0,
      evidence: [
        { source: 'manifest', package: 'pg', path: 'package.json' },
        { source: 'manifest', package: 'psycopg2_binary', path: 'api/requirements.txt' },
        { source: 'manifest', package: 'github.com/jackc/pgx/v5', path: 'svc/go.mod' },
      ],
    })
    expect(byId.get('aws-sdk-v3')).toMatchObject({
      importingFiles: 1,
      evidence: [
        { source: 'import', package: '@aws-sdk/client-dynamodb', path: 'src/upload.ts' },
        { source: 'import', package: '@aws-sdk/client-s3', path: 'src/upload.ts' },
      ],
    })
  })

  it('lists the datastores in use, and the test frameworks', () => {
    expect(facts.datastores).toEqual([
      { name: 'DynamoDB', technologies: ['dynamodb'] },
      { name: 'PostgreSQL', technologies: ['postgresql'] },
      { name: 'Redis', technologies: ['redis', 'bullmq'] },
    ])
    expect(facts.tests.frameworks).toEqual(['Vitest'])
  })
})

describe('test code', () => {
  it('measures test lines against production lines', () => {
    const { facts } = architectureOf({
      'src/a.ts': 'a\nb\nc\nd',
      'src/b.ts': 'a\nb\nc\nd\ne\nf',
      'src/a.test.ts': 'a\nb\nc',
      'test/helpers.ts': 'a',
    })
    expect(facts.tests).toEqual({
      testFiles: 2,
      testLines: 4,
      productionFiles: 2,
      productionLines: 10,
      ratio: 0.4,
      frameworks: [],
    })
  })
})

describe('bad input', () => {
  it('takes duplicate paths once, and survives imports of odd specifiers', () => {
    const modules = sourceModules({ 'a.ts': "import '\\u0000'\nimport '../../../../x'\nimport ''" })
    const resolver = createModuleResolver({ files: ['a.ts'], configs: [], workspacePackages: [] })
    const { facts } = buildArchitecture({
      modules: [...modules, ...modules],
      resolver,
      workspacePackages: [],
      declaredDependencies: [],
      catalog: CATALOG,
      isTest: isTestPath,
    })
    expect(facts.modules).toBe(1)
    expect(facts.imports.unresolved).toBe(3)
  })

  it('clips a huge specifier in the examples', () => {
    const { facts } = architectureOf({ 'a.ts': `import './${'x'.repeat(10_000)}'` })
    expect(facts.unresolvedExamples[0]!.specifier.length).toBeLessThanOrEqual(300)
  })
})
