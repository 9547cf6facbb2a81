/**
 * Lockfiles are rewritten wholesale by package managers: their diffs are the slowest part of reading a
 * history and their churn says nothing about who knows the code. Their lines are left out of churn and
 * authorship; commits that touch only them still count as commits.
 */
export const LOCKFILE_NAMES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'bun.lock',
  'Cargo.lock',
  'Gemfile.lock',
  'poetry.lock',
  'Pipfile.lock',
  'uv.lock',
  'composer.lock',
  'go.sum',
  'mix.lock',
  'pubspec.lock',
  'Podfile.lock',
  'packages.lock.json',
] as const

/** The git pathspec that keeps every path but the lockfiles, at any depth. */
export const LOCKFILE_PATHSPEC_EXCLUDES: readonly string[] = LOCKFILE_NAMES.map(
  (name) => `:(exclude,glob)**/${name}`,
)
