import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dependenciesAnalyzer } from '../../../src/main/engine/analyzers/dependencies'
import { collectFindings } from '../../../src/main/engine/collector'
import type { AnalyzerOutput, FindingDraft } from '../../../src/main/engine/types'
import type { DependencyFacts } from '../../../src/shared/domain/facts/dependency-facts'
import { FindingSchema } from '../../../src/shared/domain/finding'
import { folderContext, type FolderContextOptions } from '../../helpers/analyzer-context'
import {
  API,
  NPM_V3_LOCK,
  PNPM_V9_LOCK,
  ROOT,
  SHARED,
  YARN_BERRY_LOCK,
  YARN_CLASSIC_LOCK,
} from '../dependencies/fixtures'

const MIT_TEXT = `MIT License

Copyright (c) 2024 Acme Ltd

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction.
`

let root: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'diligent-dependencies-'))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

async function write(files: Record<string, unknown>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(
      join(root, path),
      typeof content === 'string' ? content : JSON.stringify(content, null, 2),
    )
  }
}

async function analyze(options: FolderContextOptions = {}): Promise<{
  output: AnalyzerOutput<DependencyFacts>
  warnings: { message: string; path: string | null }[]
}> {
  const { context, warnings } = await folderContext(root, options)
  return { output: await dependenciesAnalyzer.run(context), warnings }
}

function metrics(output: AnalyzerOutput<DependencyFacts>): Record<string, number> {
  return Object.fromEntries(
    output.metrics.map((metric) => [metric.id.replace('dependencies/', ''), metric.value]),
  )
}

/**
 * rule, severity, where, and the evidence: the manifest, lockfile and licence findings as the auditor
 * sees them. Vulnerability findings come from the OSV matcher and are tested with it.
 */
function summary(findings: readonly FindingDraft[]): [string, string, string | null, string | null][] {
  return findings
    .filter((finding) => !/vulnerabilit/.test(finding.ruleId))
    .map((finding) => [finding.ruleId, finding.severity, finding.location?.path ?? null, finding.evidence])
}

/** An npm workspace with a lockfile a little out of date, a tool folder without one, and a vendored copy. */
const WORKSPACE = {
  'package.json': {
    ...ROOT,
    scripts: { preinstall: 'touch pwned', postinstall: 'node -e "process.exit(1)"' },
  },
  'package-lock.json': NPM_V3_LOCK,
  'packages/api/package.json': API,
  'packages/shared/package.json': SHARED,
  'tools/package.json': {
    name: 'tools',
    dependencies: {
      zx: 'latest',
      internal: 'github:acme/internal#main',
      tarball: 'https://example.com/pkg-1.0.0.tgz',
      local: 'file:../lib',
    },
    devDependencies: { prettier: '^3.0.0' },
  },
  'node_modules/evil/package.json': { name: 'evil', dependencies: { anything: '*' } },
  'vendor/copied/package.json': { name: 'copied', dependencies: { anything: '*' } },
  'test/fixtures/broken/package-lock.json': '{ deliberately broken',
  'test/fixtures/broken/package.json': { name: 'sample', dependencies: { anything: '*' } },
}

describe('the dependencies analyzer on an npm workspace', () => {
  it('lists the manifests and the lockfile, with every package settled', async () => {
    await write(WORKSPACE)
    const { output, warnings } = await analyze()
    expect(warnings).toEqual([])
    const facts = output.facts
    expect(facts.manifests.map(({ path, name }) => [path, name])).toEqual([
      ['package.json', 'acme'],
      ['packages/api/package.json', '@acme/api'],
      ['packages/shared/package.json', '@acme/shared'],
      ['tools/package.json', 'tools'],
    ])
    expect(facts.manifests[0]).toMatchObject({ nodeEngine: null, workspaces: ['packages/*'], license: null })
    expect(facts.manifests[1]?.dependencies).toEqual([
      { name: '@acme/shared', range: '*', dev: false, source: 'workspace', unpinned: false },
      { name: 'lodash', range: '^3.10.1', dev: false, source: 'registry', unpinned: false },
    ])
    expect(facts.lockfiles).toEqual([{ path: 'package-lock.json', kind: 'npm-v3', packageCount: 12 }])
    expect(facts.packages.find((pkg) => pkg.name === 'ghostscript4js')).toEqual({
      name: 'ghostscript4js',
      version: '3.2.2',
      direct: false,
      dev: false,
      license: 'AGPL-3.0-only',
      licenceClass: 'network-copyleft',
      installScript: true,
      lockfile: 'package-lock.json',
    })
    expect(facts.multipleVersions).toEqual([
      { name: 'lodash', versions: ['3.10.1', '4.17.21'] },
      { name: 'ms', versions: ['2.0.0', '2.1.3'] },
    ])
    expect(facts.missingFromLockfile).toEqual([
      { manifest: 'package.json', name: 'chalk' },
      { manifest: 'package.json', name: 'request' },
    ])
    expect(facts.project).toEqual({ license: null, licenceClass: null })
    expect(facts.vulnerabilityDatabase).toBeNull()
    expect(facts.vulnerabilities).toEqual([])
    // Nothing from the repository ran: its install scripts are data.
    await expect(access(join(root, 'pwned'))).rejects.toThrow()
  })

  it('reports the headline numbers', async () => {
    await write(WORKSPACE)
    const { output } = await analyze()
    expect(metrics(output)).toEqual({
      manifests: 4,
      lockfiles: 1,
      direct: 10,
      transitive: 8,
      production: 9,
      dev: 3,
      'copyleft-production': 1,
      'non-commercial-production': 0,
      'unknown-licences': 2,
      unpinned: 2,
      'non-registry': 3,
      'install-scripts': 2,
      'multiple-versions': 2,
      'missing-from-lockfile': 2,
    })
    expect(output.metrics.every((metric) => metric.unit === 'count' && metric.label !== '')).toBe(true)
  })

  it('reports licence, lockfile and source problems, aggregated per lockfile and manifest', async () => {
    await write(WORKSPACE)
    const { output } = await analyze()
    expect(summary(output.findings)).toEqual([
      [
        'dependencies/no-project-licence',
        'low',
        null,
        'No licence field in a root manifest, and no LICENSE, LICENCE or COPYING file at the root',
      ],
      [
        'dependencies/network-copyleft-licence',
        'high',
        'package-lock.json',
        '1 production package: ghostscript4js@3.2.2 (AGPL-3.0-only)',
      ],
      [
        'dependencies/unknown-licence',
        'medium',
        'package-lock.json',
        '1 package with no licence, 1 package with an unrecognised one (2 in production): custom@2.0.0 (SEE LICENSE IN LICENSE.md), mystery@1.0.0 (no licence)',
      ],
      [
        'dependencies/install-scripts',
        'low',
        'package-lock.json',
        '2 packages (1 in production): fsevents@2.3.3, ghostscript4js@3.2.2',
      ],
      [
        'dependencies/no-lockfile',
        'medium',
        'tools/package.json',
        'No package-lock.json, yarn.lock or pnpm-lock.yaml for tools/package.json',
      ],
      [
        'dependencies/missing-from-lockfile',
        'medium',
        'package.json',
        'Declared but not locked, or locked but no longer declared: chalk, request',
      ],
      [
        'dependencies/unpinned-range',
        'low',
        'package.json',
        'left-pad "*"; a lockfile pins the installed versions',
      ],
      ['dependencies/unpinned-range', 'medium', 'tools/package.json', 'zx "latest"; no lockfile pins them'],
      ['dependencies/git-source', 'medium', 'tools/package.json', 'internal "github:acme/internal#main"'],
      [
        'dependencies/url-source',
        'medium',
        'tools/package.json',
        'tarball "https://example.com/pkg-1.0.0.tgz"',
      ],
      ['dependencies/file-source', 'low', 'tools/package.json', 'local "file:../lib"'],
    ])
    for (const finding of output.findings) {
      expect(finding.explanation.length).toBeGreaterThan(50)
      expect(finding.remediation.length).toBeGreaterThan(50)
      expect(finding.effortMinutes).toBeGreaterThan(0)
      expect(finding.category).toMatch(/^(licence|dependency|security|debt)$/)
    }
    const { findings, warnings } = collectFindings(output.findings)
    expect(warnings).toEqual([])
    expect(findings).toHaveLength(output.findings.length)
    for (const finding of findings) expect(FindingSchema.safeParse(finding).success).toBe(true)
  })

  it('keeps fingerprints stable when only the counts change', async () => {
    await write(WORKSPACE)
    const before = collectFindings((await analyze()).output.findings).findings.map(
      (finding) => finding.fingerprint,
    )
    await write({ 'tools/package.json': { name: 'tools', dependencies: { zx: 'latest', chalk: '*' } } })
    const after = collectFindings((await analyze()).output.findings).findings
    expect(before).toContain(
      after.find((finding) => finding.location?.path === 'tools/package.json')?.fingerprint,
    )
  })
})

describe('other lockfiles and ecosystems', () => {
  it('reads a yarn workspace project, names competing lockfiles, and takes the licence from LICENSE', async () => {
    await write({
      'package.json': { name: 'web', dependencies: { react: '^18.2.0' } },
      'yarn.lock': YARN_CLASSIC_LOCK,
      'package-lock.json': {
        lockfileVersion: 3,
        packages: {
          '': { name: 'web', dependencies: { react: '^18.2.0' } },
          'node_modules/react': {
            version: '18.2.0',
            license: 'MIT',
            dependencies: { 'loose-envify': '^1.1.0' },
          },
          'node_modules/loose-envify': { version: '1.4.0', license: 'MIT' },
          'node_modules/js-tokens': { version: '4.0.0', license: 'MIT' },
        },
      },
      LICENSE: MIT_TEXT,
    })
    const { output, warnings } = await analyze()
    expect(warnings).toEqual([])
    expect(output.facts.project).toEqual({ license: 'MIT', licenceClass: 'permissive' })
    expect(output.facts.lockfiles).toEqual([
      { path: 'package-lock.json', kind: 'npm-v3', packageCount: 3 },
      { path: 'yarn.lock', kind: 'yarn-classic', packageCount: 11 },
    ])
    // yarn.lock: only react's subtree is production; the rest is unreachable from this manifest.
    const yarn = output.facts.packages
      .filter((pkg) => pkg.lockfile === 'yarn.lock' && !pkg.dev)
      .map((pkg) => pkg.name)
    expect(yarn).toEqual(['js-tokens', 'loose-envify', 'react'])
    expect(
      output.facts.packages
        .filter((pkg) => pkg.lockfile === 'yarn.lock')
        .every((pkg) => pkg.licenceClass === 'unknown'),
    ).toBe(true)
    expect(summary(output.findings)).toEqual([
      [
        'dependencies/licences-not-recorded',
        'info',
        'yarn.lock',
        'yarn-classic lockfile, 11 packages pinned, licences not recorded',
      ],
      ['dependencies/competing-lockfiles', 'low', 'package-lock.json', 'package-lock.json, yarn.lock'],
    ])
  })

  it('reads a yarn berry workspace', async () => {
    await write({
      'package.json': {
        name: 'acme',
        private: true,
        workspaces: ['packages/*'],
        devDependencies: { typescript: '^5.3.0' },
      },
      'packages/web/package.json': {
        name: '@acme/web',
        dependencies: { '@acme/ui': 'workspace:^', react: '^18.2.0' },
      },
      'packages/ui/package.json': {
        name: '@acme/ui',
        license: 'UNLICENSED',
        dependencies: { clsx: '^2.0.0' },
      },
      'yarn.lock': YARN_BERRY_LOCK,
      '.yarn/releases/yarn-4.0.2.cjs': '// the yarn release, never run',
    })
    const { output, warnings } = await analyze()
    expect(warnings).toEqual([])
    expect(output.facts.lockfiles).toEqual([{ path: 'yarn.lock', kind: 'yarn-berry', packageCount: 5 }])
    expect(
      output.facts.packages.map(({ name, version, direct, dev }) => [name, version, direct, dev]),
    ).toEqual([
      ['clsx', '2.1.0', true, false],
      ['js-tokens', '4.0.0', false, false],
      ['loose-envify', '1.4.0', false, false],
      ['react', '18.2.0', true, false],
      ['typescript', '5.3.3', true, true],
    ])
    expect(output.facts.missingFromLockfile).toEqual([])
  })

  it('reads a pnpm workspace, warning about two workspaces with one name', async () => {
    await write({
      'package.json': {
        name: 'acme',
        private: true,
        license: 'Apache-2.0',
        dependencies: { react: '^18.2.0', 'react-dom': '^18.2.0' },
        devDependencies: { vitest: '^1.2.0' },
      },
      'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n",
      'pnpm-lock.yaml': PNPM_V9_LOCK,
      'packages/lib/package.json': {
        name: '@acme/utils',
        dependencies: { '@acme/utils': 'workspace:*', 'left-pad': '1.3.0' },
      },
      'packages/utils/package.json': { name: '@acme/utils' },
    })
    const { output, warnings } = await analyze()
    expect(warnings).toEqual([
      {
        message:
          'Two workspaces are both named "@acme/utils" (packages/lib/package.json and packages/utils/package.json): package managers refuse this, and links to the name are ambiguous',
        path: 'packages/utils/package.json',
      },
    ])
    expect(output.facts.manifests[0]?.workspaces).toEqual(['packages/*'])
    expect(output.facts.project).toEqual({ license: 'Apache-2.0', licenceClass: 'permissive' })
    expect(output.facts.lockfiles).toEqual([{ path: 'pnpm-lock.yaml', kind: 'pnpm', packageCount: 8 }])
    expect(metrics(output)).toMatchObject({
      production: 6,
      dev: 2,
      'install-scripts': 1,
      'missing-from-lockfile': 0,
    })
  })

  it('lists the other ecosystems with their direct dependencies, and which lack a lockfile', async () => {
    await write({
      'services/api/requirements.txt': 'Django==4.2.7\nrequests>=2.31.0\n',
      'services/api/requirements-dev.txt': 'pytest\n',
      'services/worker/pyproject.toml':
        '[tool.poetry]\nname = "worker"\n\n[tool.poetry.dependencies]\npython = "^3.11"\ncelery = "^5.3"\n',
      'services/billing/go.mod':
        'module github.com/acme/billing\n\ngo 1.21\n\nrequire github.com/gin-gonic/gin v1.9.1\n',
      'services/web/Gemfile': 'source "https://rubygems.org"\ngem "rails", "~> 7.1"\n',
      'services/web/Gemfile.lock': 'GEM\n',
      'services/jobs/pom.xml':
        '<project><artifactId>jobs</artifactId><dependencies><dependency><groupId>g</groupId><artifactId>a</artifactId><version>LATEST</version></dependency></dependencies></project>',
      'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n',
      'crates/cli/Cargo.toml': '[package]\nname = "cli"\nlicense = "MIT"\n\n[dependencies]\nanyhow = "1"\n',
      'Cargo.lock': '# generated\n',
    })
    const { output, warnings } = await analyze()
    expect(warnings).toEqual([])
    expect(
      output.facts.manifests.map(({ path, ecosystem, dependencies }) => [
        path,
        ecosystem,
        dependencies.length,
      ]),
    ).toEqual([
      ['Cargo.toml', 'cargo', 0],
      ['crates/cli/Cargo.toml', 'cargo', 1],
      ['services/api/requirements-dev.txt', 'pypi', 1],
      ['services/api/requirements.txt', 'pypi', 2],
      ['services/billing/go.mod', 'go', 1],
      ['services/jobs/pom.xml', 'maven', 1],
      ['services/web/Gemfile', 'rubygems', 1],
      ['services/worker/pyproject.toml', 'pypi', 1],
    ])
    expect(output.facts.lockfiles).toEqual([])
    expect(output.facts.project).toEqual({ license: null, licenceClass: null })
    expect(summary(output.findings)).toEqual([
      [
        'dependencies/no-project-licence',
        'low',
        null,
        'No licence field in a root manifest, and no LICENSE, LICENCE or COPYING file at the root',
      ],
      [
        'dependencies/no-lockfile',
        'medium',
        'services/billing/go.mod',
        'No go.sum for services/billing/go.mod',
      ],
      [
        'dependencies/no-lockfile',
        'low',
        'services/worker/pyproject.toml',
        'No poetry.lock or uv.lock or pdm.lock or Pipfile.lock for services/worker/pyproject.toml',
      ],
      [
        'dependencies/unpinned-range',
        'low',
        'services/api/requirements-dev.txt',
        'pytest "" (dev); no lockfile pins them',
      ],
      [
        'dependencies/unpinned-range',
        'medium',
        'services/api/requirements.txt',
        'requests ">=2.31.0"; no lockfile pins them',
      ],
      [
        'dependencies/unpinned-range',
        'medium',
        'services/jobs/pom.xml',
        'g:a "LATEST"; no lockfile pins them',
      ],
    ])
  })
})

describe('bad input gives a warning, never a throw', () => {
  it('a lockfile that is not valid JSON or YAML', async () => {
    await write({
      'a/package.json': { dependencies: { express: '^4.18.2' } },
      'a/package-lock.json': '{"lockfileVersion": 3, "packages": {',
      'b/package.json': { dependencies: { express: '^4.18.2' } },
      'b/pnpm-lock.yaml': "lockfileVersion: '9.0'\nimporters:\n  .: {dependencies: [\n",
      'c/package.json': { dependencies: { express: '^4.18.2' } },
      'c/yarn.lock': '__metadata:\n  version: 8\n"a@npm:^1":\n  version: "1.0.0\n',
    })
    const { output, warnings } = await analyze()
    expect(warnings).toEqual([
      {
        message: expect.stringMatching(/^Not valid JSON \(.+\), so it was skipped$/),
        path: 'a/package-lock.json',
      },
      {
        message: expect.stringMatching(/^Not valid YAML \(.+\), so it was skipped$/),
        path: 'b/pnpm-lock.yaml',
      },
      { message: expect.stringMatching(/^Not valid YAML \(.+\), so it was skipped$/), path: 'c/yarn.lock' },
    ])
    expect(output.facts.lockfiles).toEqual([])
    expect(output.facts.manifests).toHaveLength(3)
    // The lockfiles exist: the projects are unchecked, not lockfile-less.
    expect(output.findings.map((finding) => finding.ruleId)).not.toContain('dependencies/no-lockfile')
  })

  it('a lockfile of an unknown version', async () => {
    await write({
      'package.json': { dependencies: { express: '^4.18.2' } },
      'package-lock.json': {
        lockfileVersion: 99,
        packages: { 'node_modules/express': { version: '4.18.2' } },
      },
    })
    const { output, warnings } = await analyze()
    expect(warnings).toEqual([
      {
        message: 'lockfileVersion 99 is not one Diligent reads (1, 2 or 3), so its packages were not read',
        path: 'package-lock.json',
      },
    ])
    expect(output.facts.lockfiles).toEqual([])
    expect(output.findings.map((finding) => finding.ruleId)).toEqual(['dependencies/no-project-licence'])
  })

  it('a package.json that is an array or a string, next to a good one', async () => {
    await write({
      'a/package.json': ['not', 'a', 'manifest'],
      'b/package.json': '"just a string"',
      'c/package.json': { name: 'fine' },
    })
    const { output, warnings } = await analyze()
    expect(warnings).toEqual([
      { message: 'package.json holds an array, not an object, so it was skipped', path: 'a/package.json' },
      { message: 'package.json holds a string, not an object, so it was skipped', path: 'b/package.json' },
    ])
    expect(output.facts.manifests.map((manifest) => manifest.name)).toEqual(['fine'])
  })

  it('deeply nested JSON and YAML', async () => {
    let nested: Record<string, unknown> = { leaf: { version: '1.0.0' } }
    for (let level = 0; level < 1_000; level += 1)
      nested = { [`p${level}`]: { version: '1.0.0', dependencies: nested } }
    await write({
      'package.json': `{"name":"deep","config":${'['.repeat(100_000)}${']'.repeat(100_000)},"dependencies":{"p999":"^1.0.0"}}`,
      'package-lock.json': { lockfileVersion: 1, dependencies: nested },
      'tools/package.json': { name: 'tools', dependencies: { a: '^1.0.0' } },
      'tools/pnpm-lock.yaml': `lockfileVersion: '9.0'\nimporters: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`,
    })
    const { output, warnings } = await analyze()
    expect(warnings).toEqual([
      {
        message: 'Dependencies nested deeper than 200 levels were not read (1 branches)',
        path: 'package-lock.json',
      },
      {
        message: expect.stringMatching(/^Not valid YAML \(.+\), so it was skipped$/),
        path: 'tools/pnpm-lock.yaml',
      },
    ])
    expect(output.facts.manifests.map((manifest) => manifest.name)).toEqual(['deep', 'tools'])
    expect(output.facts.lockfiles).toEqual([{ path: 'package-lock.json', kind: 'npm-v1', packageCount: 200 }])
  })

  it('files above the read cap, refused, or failing to read', async () => {
    await write({
      'package.json': { name: 'app', dependencies: { express: '^4.18.2' } },
      'package-lock.json': NPM_V3_LOCK,
      'refused/package.json': { name: 'refused' },
      'failing/package.json': { name: 'failing' },
    })
    const { context } = await folderContext(root, { caps: { maxFileBytes: 2_000 } })
    const { output, warnings } = await analyze({
      caps: { maxFileBytes: 2_000 },
      readFile: async (path) => {
        if (path === 'refused/package.json') return null
        if (path === 'failing/package.json') throw new Error('EIO: i/o error')
        return context.readFile(path)
      },
    })
    expect(warnings).toEqual([
      {
        message: 'Not read (EIO: i/o error), so its dependencies are not counted',
        path: 'failing/package.json',
      },
      {
        message: expect.stringMatching(
          /^Not read: \d+\.\d KB is above the 2\.0 KB read cap, so its dependencies are not counted$/,
        ),
        path: 'package-lock.json',
      },
      {
        message:
          'Not read: it is not a regular file inside the repository or is above the read cap, so its dependencies are not counted',
        path: 'refused/package.json',
      },
    ])
    expect(output.facts.manifests.map((manifest) => manifest.name)).toEqual(['app'])
    expect(output.findings.map((finding) => finding.ruleId)).toEqual(['dependencies/no-project-licence'])
  })

  it('a 100,000-package lockfile, in one pass', async () => {
    const packages: Record<string, unknown> = {
      '': { name: 'big', dependencies: { 'pkg-0': '^1.0.0' }, devDependencies: { 'pkg-1': '^1.0.0' } },
    }
    for (let index = 0; index < 100_000; index += 1) {
      packages[`node_modules/pkg-${index}`] = {
        version: `1.0.${index % 3}`,
        license: index % 1_000 === 0 ? 'GPL-3.0-only' : 'MIT',
        dev: index % 2 === 1,
        ...(index % 10_000 === 0 ? { hasInstallScript: true } : {}),
      }
    }
    await write({
      'package.json': {
        name: 'big',
        license: 'MIT',
        dependencies: { 'pkg-0': '^1.0.0' },
        devDependencies: { 'pkg-1': '^1.0.0' },
      },
      'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages }),
    })
    const { output, warnings } = await analyze({ caps: { maxFileBytes: 64 * 1024 * 1024 } })
    expect(warnings).toEqual([])
    expect(output.facts.lockfiles).toEqual([
      { path: 'package-lock.json', kind: 'npm-v3', packageCount: 100_000 },
    ])
    expect(metrics(output)).toMatchObject({
      direct: 2,
      transitive: 99_998,
      production: 50_000,
      dev: 50_000,
      'copyleft-production': 100,
      'install-scripts': 10,
    })
    expect(summary(output.findings)).toEqual([
      [
        'dependencies/strong-copyleft-licence',
        'medium',
        'package-lock.json',
        '100 production packages: pkg-0@1.0.0 (GPL-3.0-only, direct), pkg-1000@1.0.1 (GPL-3.0-only), pkg-10000@1.0.1 (GPL-3.0-only), pkg-11000@1.0.2 (GPL-3.0-only), pkg-12000@1.0.0 (GPL-3.0-only), pkg-13000@1.0.1 (GPL-3.0-only), pkg-14000@1.0.2 (GPL-3.0-only), pkg-15000@1.0.0 (GPL-3.0-only), pkg-16000@1.0.1 (GPL-3.0-only), pkg-17000@1.0.2 (GPL-3.0-only) and 90 more',
      ],
      [
        'dependencies/install-scripts',
        'low',
        'package-lock.json',
        '10 packages (10 in production): pkg-0@1.0.0 (direct), pkg-10000@1.0.1, pkg-20000@1.0.2, pkg-30000@1.0.0, pkg-40000@1.0.1, pkg-50000@1.0.2, pkg-60000@1.0.0, pkg-70000@1.0.1, pkg-80000@1.0.2, pkg-90000@1.0.0',
      ],
    ])
  }, 60_000)

  it('stops when cancelled', async () => {
    await write(WORKSPACE)
    const controller = new AbortController()
    controller.abort()
    const { context } = await folderContext(root, { signal: controller.signal })
    await expect(dependenciesAnalyzer.run(context)).rejects.toThrow(/abort/i)
  })
})
