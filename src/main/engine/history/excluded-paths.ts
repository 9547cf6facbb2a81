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

/** Machine-written files whose diffs are as costly and as meaningless: bundles, source maps, committed dependencies. */
export const GENERATED_GLOBS = [
  '**/*.min.js',
  '**/*.min.css',
  '**/*.map',
  '**/*.generated.*',
  '**/node_modules/**',
]

/** The git pathspec that keeps every path but lockfiles and generated files, at any depth. */
export const HISTORY_PATHSPEC_EXCLUDES: readonly string[] = [
  ...LOCKFILE_NAMES.map((name) => `:(exclude,glob)**/${name}`),
  ...GENERATED_GLOBS.map((glob) => `:(exclude,glob)${glob}`),
]
