import { VENDORED_FOLDERS } from '../inventory/classify-file'
import type { RepoFile } from '../types'
import { baseName } from './values'

/** What a tracked file is to the dependencies analyzer. */
export type FileRole =
  | 'package.json'
  | 'pnpm-workspace.yaml'
  | 'package-lock.json'
  | 'yarn.lock'
  | 'pnpm-lock.yaml'
  | 'bun.lock'
  | 'requirements.txt'
  | 'pyproject.toml'
  | 'go.mod'
  | 'Gemfile'
  | 'pom.xml'
  | 'Cargo.toml'
  | 'other-lockfile'
  | 'licence-file'

const ROLE_BY_NAME: ReadonlyMap<string, FileRole> = new Map([
  ['package.json', 'package.json'],
  ['pnpm-workspace.yaml', 'pnpm-workspace.yaml'],
  ['package-lock.json', 'package-lock.json'],
  ['npm-shrinkwrap.json', 'package-lock.json'],
  ['yarn.lock', 'yarn.lock'],
  ['pnpm-lock.yaml', 'pnpm-lock.yaml'],
  ['bun.lock', 'bun.lock'],
  ['bun.lockb', 'bun.lock'],
  ['pyproject.toml', 'pyproject.toml'],
  ['go.mod', 'go.mod'],
  ['Gemfile', 'Gemfile'],
  ['gems.rb', 'Gemfile'],
  ['pom.xml', 'pom.xml'],
  ['Cargo.toml', 'Cargo.toml'],
  ['go.sum', 'other-lockfile'],
  ['Gemfile.lock', 'other-lockfile'],
  ['gems.locked', 'other-lockfile'],
  ['Cargo.lock', 'other-lockfile'],
  ['poetry.lock', 'other-lockfile'],
  ['uv.lock', 'other-lockfile'],
  ['pdm.lock', 'other-lockfile'],
  ['Pipfile.lock', 'other-lockfile'],
])

/**
 * Folders whose manifests are not the project's dependencies: other people's copies (reported by the
 * inventory), and test fixtures, which are samples (often deliberately broken) for the tests to read.
 */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  ...VENDORED_FOLDERS,
  'fixtures',
  '__fixtures__',
  'testdata',
])
const REQUIREMENTS = /requirements[^/]*\.txt$/i
const LICENCE_FILE = /^(licen[cs]e|copying|unlicense)([-._][^/]*)?$/i

export interface LocatedFile {
  file: RepoFile
  role: FileRole
}

function skipped(path: string): boolean {
  return path
    .split('/')
    .slice(0, -1)
    .some((segment) => SKIPPED_FOLDERS.has(segment))
}

function roleOf(path: string): FileRole | null {
  const name = baseName(path)
  const role = ROLE_BY_NAME.get(name)
  if (role !== undefined) return role
  if (REQUIREMENTS.test(name)) return 'requirements.txt'
  if (!path.includes('/') && LICENCE_FILE.test(name)) return 'licence-file'
  return null
}

/** The manifests, lockfiles and root licence files among the tracked files, in path order. */
export function locateFiles(files: readonly RepoFile[]): LocatedFile[] {
  return files
    .filter((file) => !skipped(file.path))
    .flatMap((file) => {
      const role = roleOf(file.path)
      return role === null ? [] : [{ file, role }]
    })
    .sort((left, right) => (left.file.path < right.file.path ? -1 : 1))
}
