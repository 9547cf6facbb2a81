import { describe, expect, it } from 'vitest'
import { readCargoToml } from '../../../src/main/engine/dependencies/cargo-toml'
import { readGemfile } from '../../../src/main/engine/dependencies/gemfile'
import { readGoMod } from '../../../src/main/engine/dependencies/go-mod'
import type { Declared } from '../../../src/main/engine/dependencies/model'
import { readNpmManifest } from '../../../src/main/engine/dependencies/npm-manifest'
import { readPnpmWorkspace } from '../../../src/main/engine/dependencies/pnpm-workspace'
import { readPomXml } from '../../../src/main/engine/dependencies/pom-xml'
import { readPyprojectToml } from '../../../src/main/engine/dependencies/pyproject-toml'
import { readRequirementsTxt } from '../../../src/main/engine/dependencies/requirements-txt'
import { parseToml } from '../../../src/main/engine/dependencies/toml'
import { recorder } from './helpers'

/** name, range, source, unpinned, dev: one line per dependency, for exact expectations. */
function rows(dependencies: readonly Declared[]): [string, string, string, boolean, boolean][] {
  return dependencies.map(({ name, range, source, unpinned, dev }) => [name, range, source, unpinned, dev])
}

describe('package.json', () => {
  it('reads name, version, licence, engine, workspaces and all four dependency groups', () => {
    const { warn, warnings } = recorder()
    const read = readNpmManifest(
      'package.json',
      {
        name: 'acme',
        version: '1.2.0',
        license: 'MIT',
        engines: { node: '>=18.17' },
        workspaces: ['packages/*', 'apps/*', 42],
        dependencies: {
          express: '^4.18.2',
          'left-pad': '*',
          zx: 'latest',
          internal: 'github:acme/internal#main',
          tarball: 'https://example.com/pkg-1.0.0.tgz',
          local: 'file:../lib',
          shared: 'workspace:*',
        },
        devDependencies: { jest: '^29.7.0', typescript: '>=5' },
        optionalDependencies: { fsevents: '^2.3.3' },
        peerDependencies: { react: '>=18' },
      },
      warn,
    )
    expect(warnings).toEqual([])
    expect(read).toMatchObject({
      path: 'package.json',
      ecosystem: 'npm',
      name: 'acme',
      version: '1.2.0',
      license: 'MIT',
      nodeEngine: '>=18.17',
      workspaces: ['packages/*', 'apps/*'],
    })
    expect(rows(read?.dependencies ?? [])).toEqual([
      ['express', '^4.18.2', 'registry', false, false],
      ['left-pad', '*', 'registry', true, false],
      ['zx', 'latest', 'registry', true, false],
      ['internal', 'github:acme/internal#main', 'git', false, false],
      ['tarball', 'https://example.com/pkg-1.0.0.tgz', 'url', false, false],
      ['local', 'file:../lib', 'file', false, false],
      ['shared', 'workspace:*', 'workspace', false, false],
      ['jest', '^29.7.0', 'registry', false, true],
      ['typescript', '>=5', 'registry', true, true],
      ['fsevents', '^2.3.3', 'registry', false, false],
      ['react', '>=18', 'registry', true, false],
    ])
    expect(read?.dependencies.map((dependency) => dependency.group)).toEqual([
      ...Array<string>(7).fill('prod'),
      'dev',
      'dev',
      'optional',
      'peer',
    ])
  })

  it('reads yarn workspaces in object form and legacy licence forms', () => {
    const { warn } = recorder()
    expect(
      readNpmManifest('a/package.json', { workspaces: { packages: ['libs/*'], nohoist: ['**/x'] } }, warn)
        ?.workspaces,
    ).toEqual(['libs/*'])
    expect(readNpmManifest('b/package.json', { license: { type: 'ISC', url: 'x' } }, warn)?.license).toBe(
      'ISC',
    )
    expect(
      readNpmManifest('c/package.json', { licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] }, warn)
        ?.license,
    ).toBe('(MIT OR Apache-2.0)')
    expect(readNpmManifest('d/package.json', {}, warn)).toMatchObject({
      name: null,
      version: null,
      license: null,
      nodeEngine: null,
      workspaces: [],
      dependencies: [],
    })
  })

  it.each([
    [['not', 'an', 'object'], 'package.json holds an array, not an object, so it was skipped'],
    ['just a string', 'package.json holds a string, not an object, so it was skipped'],
    [null, 'package.json holds null, not an object, so it was skipped'],
    [42, 'package.json holds a number, not an object, so it was skipped'],
  ])('refuses a package.json holding %j with a warning', (data, message) => {
    const { warn, warnings } = recorder()
    expect(readNpmManifest('package.json', data, warn)).toBeNull()
    expect(warnings).toEqual([{ message, path: 'package.json' }])
  })

  it('skips malformed dependency groups and entries, saying so', () => {
    const { warn, warnings } = recorder()
    const read = readNpmManifest(
      'package.json',
      { dependencies: ['express'], devDependencies: { jest: 29, vitest: '^1.0.0', eslint: null } },
      warn,
    )
    expect(read?.dependencies.map((dependency) => dependency.name)).toEqual(['vitest'])
    expect(warnings.map((warning) => warning.message)).toEqual([
      '"dependencies" is an array, not an object, so it was skipped',
      '2 dependency entries have no version string and were skipped',
    ])
  })

  it('clips absurdly long names and ranges', () => {
    const read = readNpmManifest(
      'package.json',
      { name: 'n'.repeat(10_000), dependencies: { a: '^'.repeat(10_000) } },
      () => {},
    )
    expect(read?.name).toHaveLength(300)
    expect(read?.dependencies[0]?.range).toHaveLength(300)
  })
})

describe('pnpm-workspace.yaml', () => {
  it('reads the packages globs', () => {
    const { warn, warnings } = recorder()
    expect(
      readPnpmWorkspace(
        'pnpm-workspace.yaml',
        "packages:\n  - 'apps/*'\n  - 'packages/*'\n  - '!**/test/**'\n",
        warn,
      ),
    ).toEqual(['apps/*', 'packages/*', '!**/test/**'])
    expect(warnings).toEqual([])
  })

  it('warns about malformed files and returns no globs', () => {
    const { warn, warnings } = recorder()
    expect(readPnpmWorkspace('pnpm-workspace.yaml', 'packages: apps/*\n', warn)).toEqual([])
    expect(readPnpmWorkspace('pnpm-workspace.yaml', '- a\n- b\n', warn)).toEqual([])
    expect(readPnpmWorkspace('pnpm-workspace.yaml', 'packages: a: b\n', warn)).toEqual([])
    expect(warnings.map((warning) => warning.message)).toEqual([
      '"packages" is a string, not a list, so it was skipped',
      'pnpm-workspace.yaml holds an array, not a mapping, so it was skipped',
      expect.stringMatching(/^Not valid YAML \(.+\), so it was skipped$/),
    ])
  })
})

const REQUIREMENTS = `# Production requirements
Django==4.2.7
requests>=2.31.0
celery[redis]~=5.3
psycopg2-binary  # no version
gunicorn >=21.2,<22
numpy==1.26.*; python_version >= "3.9"
-r base.txt
--index-url https://pypi.example.com/simple
-e git+https://github.com/acme/internal-lib.git@v1.4.0#egg=internal-lib
https://files.example.com/wheels/private_pkg-1.0-py3-none-any.whl
./libs/localpkg
flask @ git+https://github.com/pallets/flask.git@main
pytz==2023.3 \\
    --hash=sha256:abc123
`

describe('requirements.txt', () => {
  it('reads requirements, locations and editable installs; options and comments are skipped', () => {
    const read = readRequirementsTxt('requirements.txt', REQUIREMENTS)
    expect(read).toMatchObject({ ecosystem: 'pypi', name: null, license: null })
    expect(rows(read.dependencies)).toEqual([
      ['Django', '==4.2.7', 'registry', false, false],
      ['requests', '>=2.31.0', 'registry', true, false],
      ['celery', '~=5.3', 'registry', false, false],
      ['psycopg2-binary', '', 'registry', true, false],
      ['gunicorn', '>=21.2,<22', 'registry', false, false],
      ['numpy', '==1.26.*', 'registry', false, false],
      [
        'internal-lib',
        'git+https://github.com/acme/internal-lib.git@v1.4.0#egg=internal-lib',
        'git',
        false,
        false,
      ],
      [
        'private_pkg',
        'https://files.example.com/wheels/private_pkg-1.0-py3-none-any.whl',
        'url',
        false,
        false,
      ],
      ['localpkg', './libs/localpkg', 'file', false, false],
      ['flask', 'git+https://github.com/pallets/flask.git@main', 'git', false, false],
      ['pytz', '==2023.3', 'registry', false, false],
    ])
  })

  it.each([
    ['requirements-dev.txt', true],
    ['requirements/test.txt', true],
    ['dev-requirements.txt', true],
    ['requirements_docs.txt', true],
    ['requirements.txt', false],
    ['requirements/prod.txt', false],
    ['services/api/requirements.txt', false],
  ])('%s is for development: %s', (path, dev) => {
    expect(readRequirementsTxt(path, 'pytest\n').dependencies[0]?.dev).toBe(dev)
  })
})

describe('pyproject.toml', () => {
  it('reads Poetry dependency tables and groups', () => {
    const document = parseToml(`
[tool.poetry]
name = "acme-api"
version = "0.3.0"
license = "Proprietary"

[tool.poetry.dependencies]
python = "^3.11"
fastapi = "^0.104.0"
sqlalchemy = { version = "*", extras = ["asyncio"] }
internal-sdk = { git = "https://github.com/acme/sdk.git", tag = "v2.0.0" }
shared = { path = "../shared", develop = true }

[tool.poetry.group.dev.dependencies]
pytest = ">=7.0"
`)
    const read = readPyprojectToml('pyproject.toml', document)
    expect(read).toMatchObject({ name: 'acme-api', version: '0.3.0', license: 'Proprietary' })
    expect(rows(read.dependencies)).toEqual([
      ['fastapi', '^0.104.0', 'registry', false, false],
      ['sqlalchemy', '*', 'registry', true, false],
      ['internal-sdk', 'https://github.com/acme/sdk.git', 'git', false, false],
      ['shared', '../shared', 'file', false, false],
      ['pytest', '>=7.0', 'registry', true, true],
    ])
  })

  it('reads PEP 621 dependencies, development extras and dependency groups', () => {
    const document = parseToml(`
[project]
name = "acme-worker"
version = "1.0.0"
license = { text = "MIT" }
dependencies = [
  "httpx>=0.25",
  "pydantic>=2.4,<3",
  "rich",  # any version
]

[project.optional-dependencies]
test = ["pytest>=7.4"]
server = ["uvicorn"]

[dependency-groups]
lint = ["ruff==0.1.6"]
`)
    const read = readPyprojectToml('services/worker/pyproject.toml', document)
    expect(read).toMatchObject({ name: 'acme-worker', version: '1.0.0', license: 'MIT' })
    expect(rows(read.dependencies)).toEqual([
      ['httpx', '>=0.25', 'registry', true, false],
      ['pydantic', '>=2.4,<3', 'registry', false, false],
      ['rich', '', 'registry', true, false],
      ['pytest', '>=7.4', 'registry', true, true],
      ['ruff', '==0.1.6', 'registry', false, true],
    ])
  })
})

describe('go.mod', () => {
  it('reads the module and its direct requirements; indirect ones and local replacements are told apart', () => {
    const read = readGoMod(
      'go.mod',
      `module github.com/acme/billing

go 1.21

require (
\tgithub.com/gin-gonic/gin v1.9.1
\tgithub.com/acme/shared v0.0.0-00010101000000-000000000000
\tgolang.org/x/crypto v0.17.0 // indirect
\t// a comment
)

require github.com/stretchr/testify v1.8.4

replace github.com/acme/shared => ../shared
replace github.com/gin-gonic/gin v1.9.1 => github.com/acme/gin v1.9.2
`,
    )
    expect(read).toMatchObject({ ecosystem: 'go', name: 'github.com/acme/billing' })
    expect(rows(read.dependencies)).toEqual([
      ['github.com/gin-gonic/gin', 'v1.9.1', 'registry', false, false],
      ['github.com/acme/shared', 'v0.0.0-00010101000000-000000000000', 'file', false, false],
      ['github.com/stretchr/testify', 'v1.8.4', 'registry', false, false],
    ])
  })
})

describe('Gemfile', () => {
  it('reads gems, requirements, groups and git or path sources without running Ruby', () => {
    const read = readGemfile(
      'Gemfile',
      `source "https://rubygems.org"
git_source(:github) { |repo| "https://github.com/#{repo}.git" }

ruby "3.2.2"

gem "rails", "~> 7.1.2"
gem "pg", ">= 0.18", "< 2.0"
gem "puma", ">= 5.0" # web server
gem "sidekiq"
gem "internal_auth", git: "https://github.com/acme/internal_auth.git", branch: "main"
gem "local_gem", path: "../local_gem"
gem 'bootsnap', require: false
gem "rubocop", group: :development

group :development, :test do
  gem "rspec-rails", "~> 6.0"
  gem "debug", platforms: %i[ mri windows ]
  if ENV["CI"]
    gem "simplecov"
  end
end

git "https://github.com/acme/monorepo.git" do
  gem "acme_tools"
end

group :production do
  gem "lograge"
end
`,
    )
    expect(read).toMatchObject({ ecosystem: 'rubygems', name: null })
    expect(rows(read.dependencies)).toEqual([
      ['rails', '~> 7.1.2', 'registry', false, false],
      ['pg', '>= 0.18, < 2.0', 'registry', false, false],
      ['puma', '>= 5.0', 'registry', true, false],
      ['sidekiq', '', 'registry', true, false],
      ['internal_auth', 'https://github.com/acme/internal_auth.git', 'git', false, false],
      ['local_gem', '../local_gem', 'file', false, false],
      ['bootsnap', '', 'registry', true, false],
      ['rubocop', '', 'registry', true, true],
      ['rspec-rails', '~> 6.0', 'registry', false, true],
      ['debug', '', 'registry', true, true],
      ['simplecov', '', 'registry', true, true],
      ['acme_tools', 'https://github.com/acme/monorepo.git', 'git', false, false],
      ['lograge', '', 'registry', true, false],
    ])
  })
})

const POM = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE project [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.2.0</version>
  </parent>
  <groupId>com.acme</groupId>
  <artifactId>billing-service</artifactId>
  <version>1.4.0</version>
  <licenses><license><name>Apache-2.0</name></license></licenses>
  <modules><module>core</module><module>api</module></modules>
  <properties>
    <jjwt.version>0.12.3</jjwt.version>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency><groupId>managed</groupId><artifactId>bom</artifactId><version>1</version></dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
    <dependency>
      <groupId>io.jsonwebtoken</groupId>
      <artifactId>jjwt-api</artifactId>
      <version>\${jjwt.version}</version>
    </dependency>
    <dependency>
      <groupId>com.acme</groupId>
      <artifactId>legacy-&amp;-tools</artifactId>
      <version>[1.0,)</version>
    </dependency>
    <!-- <dependency><groupId>x</groupId><artifactId>commented-out</artifactId></dependency> -->
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <version>5.10.1</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>xxe</groupId>
      <artifactId>&xxe;</artifactId>
      <version>1.0</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <artifactId>maven-surefire-plugin</artifactId>
        <dependencies>
          <dependency><groupId>org.plugin</groupId><artifactId>plugin-dep</artifactId><version>1</version></dependency>
        </dependencies>
      </plugin>
    </plugins>
  </build>
</project>
`

describe('pom.xml', () => {
  it('reads coordinates, licence, modules and dependencies, never expanding entities', () => {
    const read = readPomXml('pom.xml', POM)
    expect(read).toMatchObject({
      ecosystem: 'maven',
      name: 'com.acme:billing-service',
      version: '1.4.0',
      license: 'Apache-2.0',
      workspaces: ['core', 'api'],
    })
    expect(rows(read.dependencies)).toEqual([
      ['org.springframework.boot:spring-boot-starter-web', '', 'registry', false, false],
      ['io.jsonwebtoken:jjwt-api', '0.12.3', 'registry', false, false],
      ['com.acme:legacy-&-tools', '[1.0,)', 'registry', true, false],
      ['org.junit.jupiter:junit-jupiter', '5.10.1', 'registry', false, true],
      ['xxe:&xxe;', '1.0', 'registry', false, false],
    ])
    expect(JSON.stringify(read)).not.toContain('root:')
  })

  it('reads an unterminated or hostile file in linear time', () => {
    const hostile = `<project>${'<dependency><artifactId>'.repeat(100_000)}`
    const started = performance.now()
    expect(readPomXml('pom.xml', hostile).dependencies).toEqual([])
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})

describe('Cargo.toml', () => {
  it('reads the package, dependency tables per kind and target, and workspace members', () => {
    const read = readCargoToml(
      'Cargo.toml',
      parseToml(`
[package]
name = "acme-cli"
version = "0.2.0"
edition = "2021"
license = "MIT OR Apache-2.0"

[dependencies]
serde = { version = "1.0", features = ["derive"] }
tokio = { version = "1", features = ["full"] }
anyhow = "*"
acme-core = { path = "../core" }
forked = { git = "https://github.com/acme/forked.git", rev = "abc123" }
log = { workspace = true }
json = { package = "serde_json", version = ">=1" }

[dev-dependencies]
tempfile = "3.8"

[target.'cfg(windows)'.dependencies]
winapi = "0.3"

[workspace]
members = ["crates/*"]
`),
    )
    expect(read).toMatchObject({
      ecosystem: 'cargo',
      name: 'acme-cli',
      version: '0.2.0',
      license: 'MIT OR Apache-2.0',
      workspaces: ['crates/*'],
    })
    expect(rows(read.dependencies)).toEqual([
      ['serde', '1.0', 'registry', false, false],
      ['tokio', '1', 'registry', false, false],
      ['anyhow', '*', 'registry', true, false],
      ['acme-core', '../core', 'file', false, false],
      ['forked', 'https://github.com/acme/forked.git', 'git', false, false],
      ['log', '', 'workspace', false, false],
      ['serde_json', '>=1', 'registry', true, false],
      ['tempfile', '3.8', 'registry', false, true],
      ['winapi', '0.3', 'registry', false, false],
    ])
  })
})
